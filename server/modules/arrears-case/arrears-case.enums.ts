import { registerEnumType } from 'type-graphql';

/** A case file for the blameless-arrears committee (commissione morosità incolpevole). */
export enum ArrearsCaseStatus {
  PREPARED = 'PREPARED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ArrearsCaseStatus, { name: 'ArrearsCaseStatus' });
