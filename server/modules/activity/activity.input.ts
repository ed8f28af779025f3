import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ActivityKind } from './activity.enums.js';

@InputType({ description: "A session of the lab's activities." })
export class ActivityInput {
  @Field(() => ID) projectCode!: string;
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => DateScalar) heldOn!: string;
  @Field(() => String) title!: string;
}

@InputType({ description: 'Presence at an activity: a registered person, or a headcount of people not registered.' })
export class AttendanceInput {
  @Field(() => ID) activityId!: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => Int, { nullable: true }) anonymousHeadcount?: number | null;
}
