import type { ProjectRecord } from '../project/project.records.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Project } from '../project/project.entity.js';
import { Activity } from './activity.entity.js';
import { ActivityInput, AttendanceInput } from './activity.input.js';
import { recordActivity, recordAttendance } from './activity.service.js';
import { Attendance } from './attendance.entity.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @Mutation(() => Activity, { description: "Records a session of the lab's activities." })
  recordActivity(@Arg('input', () => ActivityInput) input: ActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return recordActivity(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Attendance, { description: 'Records a registered person, or an anonymous headcount, at an activity.' })
  recordAttendance(@Arg('input', () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: Context): Promise<Attendance> {
    return recordAttendance(ctx.em, ctx.caller, input);
  }

  @FieldResolver(() => Project)
  async project(@Root() activity: Activity, @Ctx() ctx: Context): Promise<ProjectRecord> {
    return (await ctx.loaders.projectByCode.load(activity.project.unwrap().code))!;
  }
}
