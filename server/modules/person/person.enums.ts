import { registerEnumType } from 'type-graphql';

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, { name: 'Sex' });

/** Labour-market status at entry, as the ESF output indicators (CO01-CO05) need it. */
export enum LabourStatus {
  UNEMPLOYED = 'UNEMPLOYED',
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  INACTIVE_IN_EDUCATION = 'INACTIVE_IN_EDUCATION',
  INACTIVE_NOT_IN_EDUCATION = 'INACTIVE_NOT_IN_EDUCATION',
  EMPLOYED = 'EMPLOYED',
}
registerEnumType(LabourStatus, { name: 'LabourStatus' });

/** Highest completed level, ISCED 2011 (CO09-CO11). */
export enum EducationLevel {
  ISCED_0 = 'ISCED_0',
  ISCED_1 = 'ISCED_1',
  ISCED_2 = 'ISCED_2',
  ISCED_3 = 'ISCED_3',
  ISCED_4 = 'ISCED_4',
  ISCED_5 = 'ISCED_5',
  ISCED_6 = 'ISCED_6',
  ISCED_7 = 'ISCED_7',
  ISCED_8 = 'ISCED_8',
}
registerEnumType(EducationLevel, { name: 'EducationLevel' });
