import { registerEnumType } from 'type-graphql';

export enum ExitOutcome {
  /** Found work: the participant repays the rent debt. */
  EMPLOYED = 'EMPLOYED',
  /** Completed without work: the withholding share of the allowance goes against the debt. */
  UNSUCCESSFUL = 'UNSUCCESSFUL',
  /** Left the path early: nothing is withheld. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ExitOutcome, { name: 'ExitOutcome' });

export enum ContractType {
  PERMANENT = 'PERMANENT',
  FIXED_TERM = 'FIXED_TERM',
  APPRENTICESHIP = 'APPRENTICESHIP',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  OTHER = 'OTHER',
}
registerEnumType(ContractType, { name: 'ContractType' });
