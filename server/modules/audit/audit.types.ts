import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { AuditEntry } from './audit.entity.js';

@InputType({ description: 'Which audit entries; every field optional.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'person, enrolment, repayment, withholding, …' }) entity?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true, description: '"admin" or an API key id.' }) actor?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Written on or after this day (UTC).' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Written on or before this day (UTC).' }) to?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the audit trail, newest first.' })
export class AuditPage {
  @Field(() => [AuditEntry]) entries!: AuditEntry[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' }) nextCursor!:
    string | null;
}
