import { registerEnumType } from 'type-graphql';

/** ALER Milano's part in a project: lead applicant (capofila) or partner of the awarded municipality. */
export enum AlerRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
}
registerEnumType(AlerRole, { name: 'AlerRole', description: "ALER Milano's role: lead applicant or partner." });
