import type { ProjectRecord } from '../project/project.records.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { EnrolInput, ExitInput, FollowUpInput } from './enrolment.input.js';
import { enrolPerson, recordExit, recordFollowUp } from './enrolment.service.js';
import { FollowUp } from './follow-up.entity.js';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Mutation(() => Enrolment, { description: 'Enrols a registered person in a project; over the participant target it warns, not refuses.' })
  enrolPerson(@Arg('input', () => EnrolInput) input: EnrolInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return enrolPerson(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Enrolment, { description: 'Records an exit; UNSUCCESSFUL also withholds the share of the allowance against the debt.' })
  recordExit(@Arg('input', () => ExitInput) input: ExitInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return recordExit(ctx.em, ctx.caller, input);
  }

  @Mutation(() => FollowUp, { description: 'Records the situation six months after leaving.' })
  recordFollowUp(@Arg('input', () => FollowUpInput) input: FollowUpInput, @Ctx() ctx: Context): Promise<FollowUp> {
    return recordFollowUp(ctx.em, ctx.caller, input);
  }

  @FieldResolver(() => Person)
  async person(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Person> {
    return (await ctx.loaders.personById.load(enrolment.person.id))!;
  }

  @FieldResolver(() => Project)
  async project(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<ProjectRecord> {
    return (await ctx.loaders.projectByCode.load(enrolment.project.unwrap().code))!;
  }
}
