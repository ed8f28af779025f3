import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.entity.js';

@ObjectType('ProjectPartner', { simpleResolvers: true, description: "An organisation's part in a project." })
export class ProjectPartnerView {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => String, { description: '"LEAD" (lead applicant, capofila) or "PARTNER".' })
  role!: string;
}
