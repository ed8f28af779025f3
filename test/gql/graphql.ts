/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A session of the lab's activities. */
export type ActivityInput = {
  heldOn: string;
  kind: ActivityKind;
  projectCode: string | number;
  title: string;
};

export type ActivityKind =
  | 'ASSISTED_LIVING'
  | 'COMMUNITY_ANIMATION'
  | 'INTEGRATION'
  | 'JOB_SUPPORT'
  | 'OTHER'
  | 'OUTREACH'
  | 'SELF_MANAGEMENT'
  | 'SOCIAL_SUPPORT'
  | 'TRAINING';

/** ALER Milano's role: lead applicant or partner. */
export type AlerRole =
  | 'LEAD'
  | 'PARTNER';

/** A case file for a tenant who qualifies but is not registered with the employment agency. */
export type ArrearsCaseInput = {
  openedOn: string;
  personId: string | number;
  projectCode: string | number;
};

export type ArrearsCaseStatus =
  | 'APPROVED'
  | 'PREPARED'
  | 'REJECTED'
  | 'SUBMITTED';

/** A case file moving on: PREPARED → SUBMITTED → APPROVED or REJECTED. */
export type ArrearsCaseStatusInput = {
  caseId: string | number;
  changedOn: string;
  status: ArrearsCaseStatus;
};

/** Presence at an activity: a registered person, or a headcount of people not registered. */
export type AttendanceInput = {
  activityId: string | number;
  anonymousHeadcount?: number | null | undefined;
  personId?: string | number | null | undefined;
};

/** Which audit entries; every field optional. */
export type AuditFilter = {
  /** "admin" or an API key id. */
  actor?: string | null | undefined;
  /** person, enrolment, repayment, withholding, … */
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  /** Written on or after this day (UTC). */
  from?: string | null | undefined;
  /** Written on or before this day (UTC). */
  to?: string | null | undefined;
};

export type ContractType =
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'OTHER'
  | 'PERMANENT'
  | 'SELF_EMPLOYED';

/** Corrects an enrolment: only the fields given change. The trail keeps the old values and the reason. */
export type CorrectEnrolmentInput = {
  arrearsAtEnrolment?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  enrolmentId: string | number;
  exitedOn?: string | null | undefined;
  gainedQualification?: boolean | null | undefined;
  /** In education or training upon leaving (ESF CR02, CR05). */
  inEducationOrTrainingOnExit?: boolean | null | undefined;
  /** Engaged in job searching upon leaving (ESF CR01, CR05). */
  jobSearchingOnExit?: boolean | null | undefined;
  outcome?: ExitOutcome | null | undefined;
  reason: string;
  /** true: the exit was recorded by mistake; the participant is back in progress. */
  removeExit?: boolean | null | undefined;
  selectedOn?: string | null | undefined;
};

/** Corrects a repayment: only the fields given change. */
export type CorrectRepaymentInput = {
  amount?: string | null | undefined;
  paidOn?: string | null | undefined;
  reason: string;
  repaymentId: string | number;
};

export type CreateApiKeyInput = {
  label: string;
  /** For an OPERATOR: the projects it works on. */
  projectCodes?: Array<string | number> | null | undefined;
  role: Role;
};

/** A person's situation declared again, from the day it takes effect (audited, with a reason). */
export type DeclareSituationInput = {
  /** Sensitive: may be left undeclared. */
  disability?: boolean | null | undefined;
  /** Highest level completed (ISCED 2011); omitted = not declared. */
  education?: EducationLevel | null | undefined;
  /** The day the situation takes effect: enrolments selected on or after it record it. */
  effectiveOn: string;
  housingExclusion?: boolean | null | undefined;
  joblessHousehold?: boolean | null | undefined;
  joblessHouseholdWithChildren?: boolean | null | undefined;
  labourStatus: LabourStatus;
  /** Sensitive: may be left undeclared. */
  migrantOrMinority?: boolean | null | undefined;
  /** Sensitive: may be left undeclared. */
  otherDisadvantaged?: boolean | null | undefined;
  personId: string | number;
  /** Why the situation changed (kept in the audit trail). */
  reason: string;
  singleAdultWithChildren?: boolean | null | undefined;
};

export type EducationLevel =
  | 'ISCED_0'
  | 'ISCED_1'
  | 'ISCED_2'
  | 'ISCED_3'
  | 'ISCED_4'
  | 'ISCED_5'
  | 'ISCED_6'
  | 'ISCED_7'
  | 'ISCED_8';

/** A person selected for the reintegration path of a project. */
export type EnrolInput = {
  /** Rent arrears owed to ALER at selection. */
  arrearsAtEnrolment: string;
  personId: string | number;
  projectCode: string | number;
  selectedOn: string;
  /** The participant's situation on the day of selection, when it differs from the one declared before: declared from that day (audited). Omitted = the situation in effect that day. */
  situationAtEntry?: SituationInput | null | undefined;
};

/** How and when a participant left the path. */
export type ExitInput = {
  /** Required for EMPLOYED, refused otherwise. */
  contractType?: ContractType | null | undefined;
  enrolmentId: string | number;
  exitedOn: string;
  /** Gained a qualification upon leaving (ESF CR03). */
  gainedQualification?: boolean | null | undefined;
  /** In education or training upon leaving, other than this path (ESF CR02, CR05). */
  inEducationOrTrainingOnExit?: boolean | null | undefined;
  /** Engaged in job searching upon leaving (ESF CR01, CR05); refused with an EMPLOYED exit (the two exclude each other). */
  jobSearchingOnExit?: boolean | null | undefined;
  outcome: ExitOutcome;
};

export type ExitOutcome =
  | 'EMPLOYED'
  | 'UNSUCCESSFUL'
  | 'WITHDRAWN';

/** EXACT: figures as recorded (callers with a key). PROTECTED: the public release (docs/disclosure.md). */
export type FiguresAudience =
  | 'EXACT'
  | 'PROTECTED';

/** The situation six months after leaving (ESF CR06-CR09). */
export type FollowUpInput = {
  employed: boolean;
  enrolmentId: string | number;
  improvedSituation: boolean;
  /** Six months after the exit, four weeks either way; another day is refused. */
  observedOn: string;
};

/** PARTICIPANTS: the social-services list of selected participants; ATTENDANCE: an attendance register. */
export type ImportKind =
  | 'ATTENDANCE'
  | 'PARTICIPANTS';

export type LabourStatus =
  | 'EMPLOYED'
  | 'INACTIVE_IN_EDUCATION'
  | 'INACTIVE_NOT_IN_EDUCATION'
  | 'LONG_TERM_UNEMPLOYED'
  | 'UNEMPLOYED';

export type Language =
  | 'EN'
  | 'IT';

export type OrganisationKind =
  | 'HOUSING_AGENCY'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'SOCIAL_COOPERATIVE';

/** Which people: those tied to the projects (an enrolment, an attendance or a case file); every field optional. */
export type PeopleFilter = {
  /** A fiscal code typed by the operator: hashed in the server as at registration, never stored, logged or returned. */
  fiscalCode?: string | null | undefined;
  /** The pseudonymous id. */
  id?: string | number | null | undefined;
  /** Which projects; omitted = the caller's (an OPERATOR's projects, every project for an ADMIN). */
  projectCodes?: Array<string | number> | null | undefined;
};

/** A person to register. The fiscal code is checked, then kept only as a keyed hash. */
export type RegisterPersonInput = {
  birthYear: number;
  /** Sensitive: may be left undeclared. */
  disability?: boolean | null | undefined;
  /** Highest level completed (ISCED 2011); omitted = not declared. */
  education?: EducationLevel | null | undefined;
  /** Italian codice fiscale; validated; stored only as a keyed hash. */
  fiscalCode: string;
  housingExclusion?: boolean | null | undefined;
  joblessHousehold?: boolean | null | undefined;
  joblessHouseholdWithChildren?: boolean | null | undefined;
  labourStatus: LabourStatus;
  /** Sensitive: may be left undeclared. */
  migrantOrMinority?: boolean | null | undefined;
  /** Sensitive: may be left undeclared. */
  otherDisadvantaged?: boolean | null | undefined;
  sex: Sex;
  singleAdultWithChildren?: boolean | null | undefined;
};

/** A payment of rent debt by a participant. */
export type RepaymentInput = {
  /** More than zero, at most two decimals. */
  amount: string;
  enrolmentId: string | number;
  paidOn: string;
};

/** Which projects, as of which day. Omitted fields: all projects, today. */
export type ReportFilter = {
  /** As things stood at the end of this day; omitted = today (Italian time). */
  asOf?: string | null | undefined;
  /** Project codes; omitted = all projects. */
  projectCodes?: Array<string | number> | null | undefined;
};

/** ADMIN: everything. OPERATOR: records of its projects. ANALYST: every report, exact. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'OPERATOR';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A person's situation (labour status, education, household, disadvantages): what the ESF describes at entry. */
export type SituationInput = {
  /** Sensitive: may be left undeclared. */
  disability?: boolean | null | undefined;
  /** Highest level completed (ISCED 2011); omitted = not declared. */
  education?: EducationLevel | null | undefined;
  housingExclusion?: boolean | null | undefined;
  joblessHousehold?: boolean | null | undefined;
  joblessHouseholdWithChildren?: boolean | null | undefined;
  labourStatus: LabourStatus;
  /** Sensitive: may be left undeclared. */
  migrantOrMinority?: boolean | null | undefined;
  /** Sensitive: may be left undeclared. */
  otherDisadvantaged?: boolean | null | undefined;
  singleAdultWithChildren?: boolean | null | undefined;
};

/** Voids a record entered by mistake: it leaves every figure; the trail keeps it, with the reason. */
export type VoidInput = {
  id: string | number;
  /** Why: required, kept in the audit trail. */
  reason: string;
  record: VoidableRecord;
};

export type VoidableRecord =
  | 'ACTIVITY'
  | 'ARREARS_CASE'
  | 'ATTENDANCE'
  | 'ENROLMENT'
  | 'FOLLOW_UP'
  | 'REPAYMENT';

export type AccessCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AccessCreateKeyMutation = { createApiKey: { id: string, token: string } };

export type AccessRegisterPersonMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type AccessRegisterPersonMutation = { registerPerson: { id: string } };

export type AccessRegisterOtherMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type AccessRegisterOtherMutation = { registerPerson: { id: string } };

export type AccessEnrolOpenMutationVariables = Exact<{
  i: EnrolInput;
}>;


export type AccessEnrolOpenMutation = { enrolPerson: { id: string } };

export type AccessEnrolExitedMutationVariables = Exact<{
  i: EnrolInput;
}>;


export type AccessEnrolExitedMutation = { enrolPerson: { id: string } };

export type AccessExitMutationVariables = Exact<{
  i: ExitInput;
}>;


export type AccessExitMutation = { recordExit: { id: string } };

export type AccessRepayMutationVariables = Exact<{
  i: RepaymentInput;
}>;


export type AccessRepayMutation = { recordRepayment: { id: string } };

export type AccessActivityMutationVariables = Exact<{
  i: ActivityInput;
}>;


export type AccessActivityMutation = { recordActivity: { id: string } };

export type AccessAttendMutationVariables = Exact<{
  i: AttendanceInput;
}>;


export type AccessAttendMutation = { recordAttendance: { id: string } };

export type AccessArrearsCaseMutationVariables = Exact<{
  i: ArrearsCaseInput;
}>;


export type AccessArrearsCaseMutation = { openArrearsCase: { id: string } };

export type AccessOldLockMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessOldLockMutation = { lockPeriod: { id: string } };

export type AccessFirstSnapshotMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessFirstSnapshotMutation = { freezeReport: { id: string } };

export type AccessRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeKeyMutation = { revokeApiKey: boolean };

export type AccessApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeysQuery = { apiKeys: Array<{ label: string, role: Role, projectCodes: Array<string>, tokenPrefix: string, createdAt: unknown, lastUsedAt: unknown, revokedAt: unknown }> };

export type AttackFundingFragment = { asOf: string, allowancesCommitted: string, withheld: string, projects: Array<{ allowancesCommitted: string, withheld: string, project: { code: string } }> };

export type AttackParticipationFragment = { asOf: string, target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, pacePerMonth: number | null, targetReachedMonth: string | null, project: { code: string }, cumulative: Array<{ month: string, value: number }> };

export type AttackOutcomesFragment = { asOf: string, enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null, byContractType: Array<{ contractType: ContractType, count: number | null }>, bySex: Array<{ sex: Sex, enrolled: number | null, inProgress: number | null, employed: number | null, unsuccessful: number | null, withdrawn: number | null, employmentRate: number | null }>, projects: Array<{ enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null, project: { code: string }, byContractType: Array<{ contractType: ContractType, count: number | null }> }> };

export type AttackDebtFragment = { asOf: string, arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, monthly: Array<{ month: string, repayments: string, withholding: string, total: string }>, projects: Array<{ arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, project: { code: string } }> };

export type AttackPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AttackPolicyQuery = { disclosurePolicy: { method: string, threshold: number, maxNoise: number, maxMoneyNoise: string, releaseFrequency: string } };

export type AttackEsfFragment = { code: string, women: number | null, men: number | null, total: number | null };

export type AttackReachFragment = { asOf: string, distinct: number | null, sumOverProjects: number };

export type ConcurrentImportMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
  fileName?: string | null | undefined;
}>;


export type ConcurrentImportMutation = { importFile: { written: boolean, skipped: number, created: { people: number, enrolments: number, activities: number, attendances: number }, errors: Array<{ row: number, column: string, message: string }> } };

export type ConcurrentActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type ConcurrentActivityMutation = { recordActivity: { id: string } };

export type IdempotentRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type IdempotentRepayMutation = { recordRepayment: { id: string, amount: string } };

export type IdempotentTwoRepaymentsMutationVariables = Exact<{
  a: RepaymentInput;
  b: RepaymentInput;
}>;


export type IdempotentTwoRepaymentsMutation = { a: { id: string }, b: { id: string } };

export type IdempotentVoidMutationVariables = Exact<{
  input: VoidInput;
}>;


export type IdempotentVoidMutation = { voidRecord: boolean };

export type IdempotentCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type IdempotentCreateKeyMutation = { createApiKey: { id: string, token: string } };

export type RaceExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type RaceExitMutation = { recordExit: { id: string, outcome: ExitOutcome | null } };

export type RaceCorrectMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type RaceCorrectMutation = { correctEnrolment: { id: string } };

export type RaceFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type RaceFollowUpMutation = { recordFollowUp: { id: string } };

export type RaceVoidMutationVariables = Exact<{
  input: VoidInput;
}>;


export type RaceVoidMutation = { voidRecord: boolean };

export type RaceRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RaceRegisterMutation = { registerPerson: { id: string } };

export type RaceEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type RaceEnrolMutation = { enrolPerson: { id: string } };

export type RaceAttendMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type RaceAttendMutation = { recordAttendance: { id: string } };

export type RaceActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type RaceActivityMutation = { recordActivity: { id: string } };

export type RaceRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type RaceRepayMutation = { recordRepayment: { id: string } };

export type RaceCorrectRepaymentMutationVariables = Exact<{
  input: CorrectRepaymentInput;
}>;


export type RaceCorrectRepaymentMutation = { correctRepayment: { id: string } };

export type CorrectionsFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type CorrectionsFiguresQuery = { debtRecovery: { arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string }, employmentOutcomes: { enrolled: number, employed: number, unsuccessful: number, inProgress: number }, participation: Array<{ peopleReached: number, attendances: number }> };

export type CorrectionsCorrectEnrolmentMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type CorrectionsCorrectEnrolmentMutation = { correctEnrolment: { id: string, selectedOn: string, arrearsAtEnrolment: string, exitedOn: string | null, outcome: ExitOutcome | null, contractType: ContractType | null } };

export type CorrectionsVoidMutationVariables = Exact<{
  input: VoidInput;
}>;


export type CorrectionsVoidMutation = { voidRecord: boolean };

export type CorrectionsRegisterMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type CorrectionsRegisterMutation = { registerPerson: { id: string } };

export type CorrectionsEnrolMutationVariables = Exact<{
  i: EnrolInput;
}>;


export type CorrectionsEnrolMutation = { enrolPerson: { id: string } };

export type CorrectionsRepayMutationVariables = Exact<{
  i: RepaymentInput;
}>;


export type CorrectionsRepayMutation = { recordRepayment: { id: string } };

export type CorrectionsExitMutationVariables = Exact<{
  i: ExitInput;
}>;


export type CorrectionsExitMutation = { recordExit: { id: string } };

export type CorrectionsActivityMutationVariables = Exact<{
  i: ActivityInput;
}>;


export type CorrectionsActivityMutation = { recordActivity: { id: string } };

export type CorrectionsAttendMutationVariables = Exact<{
  i: AttendanceInput;
}>;


export type CorrectionsAttendMutation = { recordAttendance: { id: string } };

export type CorrectionsCorrectRepaymentMutationVariables = Exact<{
  i: CorrectRepaymentInput;
}>;


export type CorrectionsCorrectRepaymentMutation = { correctRepayment: { id: string, amount: string } };

export type CorrectionsRepaymentTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type CorrectionsRepaymentTrailQuery = { auditLog: { entries: Array<{ action: string, before: unknown, after: unknown, reason: string | null, actor: string }> } };

export type CorrectionsLockMutationVariables = Exact<{ [key: string]: never; }>;


export type CorrectionsLockMutation = { lockPeriod: { id: string, lockedUntil: string } };

export type CorrectionsLockedActivityMutationVariables = Exact<{
  i: ActivityInput;
}>;


export type CorrectionsLockedActivityMutation = { recordActivity: { id: string } };

export type CorrectionsAfterLockMutationVariables = Exact<{
  i: ActivityInput;
}>;


export type CorrectionsAfterLockMutation = { recordActivity: { id: string } };

export type CorrectionsUnlockNoReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type CorrectionsUnlockNoReasonMutation = { unlockPeriod: { id: string } };

export type CorrectionsUnlockMutationVariables = Exact<{
  id: string | number;
}>;


export type CorrectionsUnlockMutation = { unlockPeriod: { id: string, unlockedAt: unknown } };

export type BrowserHeadlineQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserHeadlineQuery = { fundingSummary: { totalAwarded: string }, participation: Array<{ peopleReached: number, target: number }>, peopleReached: { distinct: number | null, sumOverProjects: number }, employmentOutcomes: { employed: number, enrolled: number }, debtRecovery: { totalRecovered: string } };

export type BrowserReachQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserReachQuery = { participation: Array<{ peopleReached: number }> };

export type BrowserFundingQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserFundingQuery = { fundingSummary: { projects: Array<{ awarded: string, project: { alerRole: AlerRole } }> } };

export type BrowserOutcomesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserOutcomesQuery = { employmentOutcomes: { projects: Array<{ employed: number, inProgress: number }> } };

export type BrowserDebtQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserDebtQuery = { debtRecovery: { monthly: Array<{ repayments: string, withholding: string }> } };

export type BrowserEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserEsfQuery = { esfIndicators: Array<{ code: string, total: number | null }> };

export type BrowserNewsletterQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BrowserNewsletterQuery = { newsletterUpdate: { title: string, markdown: string } };

export type BrowserCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type BrowserCreateApiKeyMutation = { createApiKey: { token: string } };

export type DataEntryRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type DataEntryRegisterMutation = { registerPerson: { id: string, sex: Sex, birthYear: number } };

export type DataEntryEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type DataEntryEnrolMutation = { enrolPerson: { id: string, selectedOn: string, arrearsAtEnrolment: string, warnings: Array<string>, person: { id: string }, project: { code: string } } };

export type DataEntryExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type DataEntryExitMutation = { recordExit: { id: string, exitedOn: string | null, outcome: ExitOutcome | null, contractType: ContractType | null } };

export type DataEntryRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type DataEntryRepayMutation = { recordRepayment: { id: string, amount: string, paidOn: string } };

export type DataEntryActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type DataEntryActivityMutation = { recordActivity: { id: string, heldOn: string, kind: ActivityKind, title: string, project: { code: string } } };

export type DataEntryAttendMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type DataEntryAttendMutation = { recordAttendance: { id: string, anonymousHeadcount: number | null } };

export type DataEntryFiguresQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type DataEntryFiguresQuery = { fundingSummary: { allowancesCommitted: string, withheld: string }, participation: Array<{ peopleReached: number, attendances: number, anonymousHeadcount: number }>, employmentOutcomes: { enrolled: number, inProgress: number, unsuccessful: number }, debtRecovery: { arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string } };

export type DataEntryProjectsByTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type DataEntryProjectsByTokenQuery = { projects: Array<{ code: string }> };

export type DataEntryPersonAsPublicQueryVariables = Exact<{
  id: string | number;
}>;


export type DataEntryPersonAsPublicQuery = { person: { id: string, sex: Sex } | null };

export type DataEntryPersonAsAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type DataEntryPersonAsAdminQuery = { person: { id: string } | null };

export type DataEntryAuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DataEntryAuditLogQuery = { auditLog: { nextCursor: string | null, entries: Array<{ id: string, at: unknown, actor: string, action: string, entity: string, entityId: string, before: unknown, after: unknown }> } };

export type EsfAnnualTableQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
}>;


export type EsfAnnualTableQuery = { esfAnnualTable: { fromYear: number, toYear: number, asOf: string, years: Array<number>, indicators: Array<{ code: string, name: string, annual: Array<{ year: number, total: number | null, men: number | null, women: number | null }>, cumulative: { total: number | null, men: number | null, women: number | null } }>, projects: Array<{ project: { code: string, startDate: string }, indicators: Array<{ code: string, name: string, annual: Array<{ year: number, total: number | null, men: number | null, women: number | null }>, cumulative: { total: number | null, men: number | null, women: number | null } }> }> } };

export type EsfAnnualLineFragment = { code: string, name: string, annual: Array<{ year: number, total: number | null, men: number | null, women: number | null }>, cumulative: { total: number | null, men: number | null, women: number | null } };

export type EsfAnnualCumulativeQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type EsfAnnualCumulativeQuery = { esfIndicators: Array<{ code: string, name: string, total: number | null, men: number | null, women: number | null }> };

export type EsfAnnualAnalystKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type EsfAnnualAnalystKeyMutation = { createApiKey: { token: string } };

export type EsfDefinitionsRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type EsfDefinitionsRegisterMutation = { registerPerson: { id: string } };

export type EsfDefinitionsEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EsfDefinitionsEnrolMutation = { enrolPerson: { id: string } };

export type EsfDefinitionsExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type EsfDefinitionsExitMutation = { recordExit: { id: string } };

export type EsfDefinitionsFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type EsfDefinitionsFollowUpMutation = { recordFollowUp: { id: string, observedOn: string } };

export type EsfDefinitionsCorrectMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type EsfDefinitionsCorrectMutation = { correctEnrolment: { id: string, selectedOn: string, exitedOn: string | null } };

export type EsfDefinitionsImportMutationVariables = Exact<{
  csv: string;
}>;


export type EsfDefinitionsImportMutation = { importFile: { written: boolean, errors: Array<{ row: number, column: string, message: string }> } };

export type EsfDefinitionsIndicatorsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type EsfDefinitionsIndicatorsQuery = { esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null }> };

export type EsfMissingRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type EsfMissingRegisterMutation = { registerPerson: { id: string } };

export type EsfMissingEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EsfMissingEnrolMutation = { enrolPerson: { id: string } };

export type EsfMissingExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type EsfMissingExitMutation = { recordExit: { id: string, jobSearchingOnExit: boolean | null, inEducationOrTrainingOnExit: boolean | null } };

export type EsfMissingFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type EsfMissingFollowUpMutation = { recordFollowUp: { id: string } };

export type EsfMissingCorrectMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type EsfMissingCorrectMutation = { correctEnrolment: { id: string, jobSearchingOnExit: boolean | null, inEducationOrTrainingOnExit: boolean | null } };

export type EsfMissingIndicatorsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type EsfMissingIndicatorsQuery = { esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null }> };

export type EsfMissingEntitiesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type EsfMissingEntitiesQuery = { esfEntityIndicators: Array<{ code: string, value: number | null, projectCodes: Array<string>, note: string }>, projects: Array<{ code: string, degreeOfUrbanisation: number | null, degreeOfUrbanisationSource: string | null }> };

export type ExportsAnalystKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportsAnalystKeyMutation = { createApiKey: { token: string } };

export type ExportsEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ExportsEsfQuery = { esfIndicators: Array<{ code: string, name: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }> };

export type ExportsProjectsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ExportsProjectsQuery = { fundingSummary: { projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string, name: string, municipality: string, alerRole: AlerRole } }> }, participation: Array<{ target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, project: { code: string } }>, employmentOutcomes: { projects: Array<{ enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, project: { code: string } }> }, debtRecovery: { projects: Array<{ arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, project: { code: string } }> } };

export type FreezeDuringWritesMutationVariables = Exact<{
  asOf: string;
  label: string;
}>;


export type FreezeDuringWritesMutation = { freezeReport: { id: string } };

export type BoundsTwentyAliasesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BoundsTwentyAliasesQuery = { p1: Array<{ cumulative: Array<{ month: string }> }>, p2: Array<{ cumulative: Array<{ month: string }> }>, p3: Array<{ cumulative: Array<{ month: string }> }>, p4: Array<{ cumulative: Array<{ month: string }> }>, p5: Array<{ cumulative: Array<{ month: string }> }>, p6: Array<{ cumulative: Array<{ month: string }> }>, p7: Array<{ cumulative: Array<{ month: string }> }>, p8: Array<{ cumulative: Array<{ month: string }> }>, p9: Array<{ cumulative: Array<{ month: string }> }>, p10: Array<{ cumulative: Array<{ month: string }> }>, d1: { monthly: Array<{ month: string }> }, d2: { monthly: Array<{ month: string }> }, d3: { monthly: Array<{ month: string }> }, d4: { monthly: Array<{ month: string }> }, d5: { monthly: Array<{ month: string }> }, d6: { monthly: Array<{ month: string }> }, d7: { monthly: Array<{ month: string }> }, d8: { monthly: Array<{ month: string }> }, d9: { monthly: Array<{ month: string }> }, d10: { monthly: Array<{ month: string }> } };

export type BoundsTwentyAliasesFarFutureQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundsTwentyAliasesFarFutureQuery = { p1: Array<{ cumulative: Array<{ month: string }> }>, p2: Array<{ cumulative: Array<{ month: string }> }>, p3: Array<{ cumulative: Array<{ month: string }> }>, p4: Array<{ cumulative: Array<{ month: string }> }>, p5: Array<{ cumulative: Array<{ month: string }> }>, p6: Array<{ cumulative: Array<{ month: string }> }>, p7: Array<{ cumulative: Array<{ month: string }> }>, p8: Array<{ cumulative: Array<{ month: string }> }>, p9: Array<{ cumulative: Array<{ month: string }> }>, p10: Array<{ cumulative: Array<{ month: string }> }>, d1: { monthly: Array<{ month: string }> }, d2: { monthly: Array<{ month: string }> }, d3: { monthly: Array<{ month: string }> }, d4: { monthly: Array<{ month: string }> }, d5: { monthly: Array<{ month: string }> }, d6: { monthly: Array<{ month: string }> }, d7: { monthly: Array<{ month: string }> }, d8: { monthly: Array<{ month: string }> }, d9: { monthly: Array<{ month: string }> }, d10: { monthly: Array<{ month: string }> } };

export type BoundsNewsletterQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type BoundsNewsletterQuery = { newsletterUpdate: { title: string } };

export type BoundsFreezeMutationVariables = Exact<{
  asOf: string;
  label: string;
}>;


export type BoundsFreezeMutation = { freezeReport: { id: string } };

export type BoundsLockMutationVariables = Exact<{
  until: string;
  reason: string;
}>;


export type BoundsLockMutation = { lockPeriod: { id: string } };

export type BoundsRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type BoundsRegisterMutation = { registerPerson: { id: string } };

export type BoundsEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type BoundsEnrolMutation = { enrolPerson: { id: string } };

export type BoundsRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type BoundsRepayMutation = { recordRepayment: { id: string } };

export type BoundsImportMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
  fileName?: string | null | undefined;
}>;


export type BoundsImportMutation = { importFile: { written: boolean, errors: Array<{ column: string, message: string }> } };

export type FuzzRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type FuzzRegisterMutation = { registerPerson: { id: string } };

export type FuzzEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type FuzzEnrolMutation = { enrolPerson: { id: string } };

export type FuzzExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type FuzzExitMutation = { recordExit: { id: string } };

export type FuzzFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type FuzzFollowUpMutation = { recordFollowUp: { id: string } };

export type FuzzRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type FuzzRepayMutation = { recordRepayment: { id: string } };

export type FuzzActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type FuzzActivityMutation = { recordActivity: { id: string } };

export type FuzzAttendMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type FuzzAttendMutation = { recordAttendance: { id: string } };

export type FuzzOpenCaseMutationVariables = Exact<{
  input: ArrearsCaseInput;
}>;


export type FuzzOpenCaseMutation = { openArrearsCase: { id: string } };

export type FuzzCaseStatusMutationVariables = Exact<{
  input: ArrearsCaseStatusInput;
}>;


export type FuzzCaseStatusMutation = { changeArrearsCaseStatus: { id: string } };

export type FuzzCorrectEnrolmentMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type FuzzCorrectEnrolmentMutation = { correctEnrolment: { id: string } };

export type FuzzCorrectRepaymentMutationVariables = Exact<{
  input: CorrectRepaymentInput;
}>;


export type FuzzCorrectRepaymentMutation = { correctRepayment: { id: string } };

export type FuzzVoidMutationVariables = Exact<{
  input: VoidInput;
}>;


export type FuzzVoidMutation = { voidRecord: boolean };

export type FuzzImportMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
  fileName?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type FuzzImportMutation = { importFile: { written: boolean } };

export type FuzzUnlockMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type FuzzUnlockMutation = { unlockPeriod: { id: string } };

export type FuzzCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type FuzzCreateKeyMutation = { createApiKey: { token: string } };

export type FuzzRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type FuzzRevokeKeyMutation = { revokeApiKey: boolean };

export type FuzzFreezeMutationVariables = Exact<{
  asOf: string;
  label: string;
}>;


export type FuzzFreezeMutation = { freezeReport: { id: string } };

export type FuzzLockMutationVariables = Exact<{
  until: string;
  reason: string;
}>;


export type FuzzLockMutation = { lockPeriod: { id: string } };

export type ImportFileMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
  fileName?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportFileMutation = { importFile: { rows: number, written: boolean, dryRun: boolean, skipped: number, created: { people: number, enrolments: number, activities: number, attendances: number }, errors: Array<{ row: number, column: string, message: string }> } };

export type ImportSampleFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSampleFiguresQuery = { debtRecovery: { arrearsAtEnrolment: string }, participation: Array<{ peopleReached: number, attendances: number, anonymousHeadcount: number }> };

export type ImportRegisterFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportRegisterFiguresQuery = { participation: Array<{ peopleReached: number, attendances: number }> };

export type ListingsSearchQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
}>;


export type ListingsSearchQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, sex: Sex, birthYear: number } }> } };

export type NewsletterDraftQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  language?: Language | null | undefined;
}>;


export type NewsletterDraftQuery = { newsletterUpdate: { asOf: string, language: Language, title: string, markdown: string, html: string, usesSyntheticData: boolean } };

export type NewsletterPublicFiguresQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type NewsletterPublicFiguresQuery = { peopleReached: { distinct: number | null, sumOverProjects: number }, employmentOutcomes: { enrolled: number, employed: number, unsuccessful: number, withdrawn: number, inProgress: number }, debtRecovery: { recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string } };

export type OperationsAnalystKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsAnalystKeyMutation = { createApiKey: { token: string } };

export type ProcessesRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type ProcessesRegisterMutation = { registerPerson: { id: string } };

export type ProcessesEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type ProcessesEnrolMutation = { enrolPerson: { id: string } };

export type ProcessesExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type ProcessesExitMutation = { recordExit: { id: string } };

export type ProcessesRepayMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type ProcessesRepayMutation = { recordRepayment: { id: string } };

export type ProcessesActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type ProcessesActivityMutation = { recordActivity: { id: string } };

export type ProcessesAttendMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type ProcessesAttendMutation = { recordAttendance: { id: string } };

export type ProcessesImportMutationVariables = Exact<{
  csv: string;
}>;


export type ProcessesImportMutation = { importFile: { written: boolean, created: { people: number, activities: number, attendances: number } } };

export type ProcessesCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ProcessesCreateKeyMutation = { createApiKey: { id: string, token: string } };

export type ProcessesRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ProcessesRevokeKeyMutation = { revokeApiKey: boolean };

export type ProcessesLockMutationVariables = Exact<{
  until: string;
}>;


export type ProcessesLockMutation = { lockPeriod: { id: string } };

export type ProcessesUnlockMutationVariables = Exact<{
  id: string | number;
}>;


export type ProcessesUnlockMutation = { unlockPeriod: { id: string } };

export type ProcessesReportsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ProcessesReportsQuery = { fundingSummary: { asOf: string, totalAwarded: string, allowancesCommitted: string, withheld: string, projects: Array<{ allowancesCommitted: string, withheld: string, project: { code: string } }> }, participation: Array<{ peopleReached: number, attendances: number, anonymousHeadcount: number, project: { code: string }, cumulative: Array<{ month: string, value: number }> }>, peopleReached: { asOf: string, distinct: number | null, sumOverProjects: number }, employmentOutcomes: { enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, byContractType: Array<{ contractType: ContractType, count: number | null }>, projects: Array<{ enrolled: number, employed: number, unsuccessful: number, withdrawn: number, project: { code: string } }> }, debtRecovery: { arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, outstanding: string }, esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }> };

export type ArticleProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProjectsQuery = { projects: Array<{ code: string, name: string, municipality: string, place: string | null, alerRole: AlerRole, awarded: string, startDate: string, endDate: string, participantTarget: number, involvementTarget: number, allowance: string, withholdingShare: number, assumedFields: Array<string>, partners: Array<{ role: string, organisation: { name: string, kind: OrganisationKind } }> }> };

export type ArticleProjectByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProjectByCodeQuery = { known: { name: string, municipality: string } | null, unknown: { name: string } | null };

export type ArticleProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProgrammeQuery = { programme: { code: string, axis: string, actions: Array<string>, callTitle: string, fundedListPublishedOn: string | null } };

export type PublicReleaseEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PublicReleaseEsfQuery = { esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }> };

export type PublicReleaseOutcomesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PublicReleaseOutcomesQuery = { employmentOutcomes: { asOf: string, enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, byContractType: Array<{ contractType: ContractType, count: number | null }>, bySex: Array<{ sex: Sex, enrolled: number | null, inProgress: number | null, employed: number | null, unsuccessful: number | null, withdrawn: number | null, suppressed: boolean }>, projects: Array<{ enrolled: number, project: { code: string } }> } };

export type PublicReleasePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicReleasePolicyQuery = { disclosurePolicy: { yourFigures: FiguresAudience, method: string, threshold: number, maxNoise: number, noiseStandardDeviation: number, maxMoneyNoise: string, releaseFrequency: string, latestRelease: string } };

export type PublicReleaseOthersQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PublicReleaseOthersQuery = { participation: Array<{ asOf: string, peopleReached: number, project: { code: string }, cumulative: Array<{ month: string, value: number }> }>, debtRecovery: { asOf: string, totalRecovered: string, recoveredFromRepayments: string, recoveredFromWithholding: string, monthly: Array<{ month: string, repayments: string, withholding: string }>, projects: Array<{ recoveredFromRepayments: string, recoveredFromWithholding: string, project: { code: string } }> }, fundingSummary: { withheld: string, allowancesCommitted: string, projects: Array<{ withheld: string, allowancesCommitted: string, project: { code: string } }> } };

export type PublicReleaseDaysQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PublicReleaseDaysQuery = { disclosurePolicy: { reportsAsOf: string, esfIndicatorsAsOf: string, esfReleaseFrequency: string } };

export type ReEntryFiguresQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReEntryFiguresQuery = { esfIndicators: Array<{ code: string, women: number | null, men: number | null }>, employmentOutcomes: { enrolled: number } };

export type DemoDashboardQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type DemoDashboardQuery = { fundingSummary: { asOf: string, totalAwarded: string, allowancesCommitted: string, withheld: string, byRole: Array<{ alerRole: AlerRole, projectCount: number, awarded: string }>, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string, name: string, alerRole: AlerRole, partners: Array<{ organisation: { name: string } }> } }> }, participation: Array<{ target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, pacePerMonth: number | null, targetReachedMonth: string | null, projectedTargetMonth: string | null, project: { code: string, name: string }, cumulative: Array<{ month: string, value: number }> }>, peopleReached: { asOf: string, distinct: number | null, sumOverProjects: number }, employmentOutcomes: { enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null, byContractType: Array<{ contractType: ContractType, count: number | null }>, bySex: Array<{ sex: Sex, enrolled: number | null, employed: number | null }>, projects: Array<{ enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, project: { code: string } }> }, debtRecovery: { arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, cumulative: Array<{ month: string, value: number }>, monthly: Array<{ month: string, repayments: string, withholding: string, total: string }>, projects: Array<{ arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, project: { code: string } }> }, esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null }> };

export type ReportingFundingQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingFundingQuery = { fundingSummary: { asOf: string, totalAwarded: string, allowancesCommitted: string, withheld: string, byRole: Array<{ alerRole: AlerRole, projectCount: number, awarded: string }>, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string } }> } };

export type ReportingParticipationQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingParticipationQuery = { participation: Array<{ asOf: string, target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, pacePerMonth: number | null, targetReachedMonth: string | null, projectedTargetMonth: string | null, project: { code: string }, cumulative: Array<{ month: string, value: number }> }> };

export type ReportingPeopleReachedQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingPeopleReachedQuery = { peopleReached: { asOf: string, distinct: number | null, sumOverProjects: number }, participation: Array<{ peopleReached: number }> };

export type ReportingOutcomesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingOutcomesQuery = { employmentOutcomes: { asOf: string, enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null, byContractType: Array<{ contractType: ContractType, count: number | null }>, bySex: Array<{ sex: Sex, enrolled: number | null, inProgress: number | null, employed: number | null, unsuccessful: number | null, withdrawn: number | null, employmentRate: number | null }>, projects: Array<{ enrolled: number, employed: number, unsuccessful: number, withdrawn: number, inProgress: number, project: { code: string } }> } };

export type ReportingDebtQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingDebtQuery = { debtRecovery: { asOf: string, arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, cumulative: Array<{ month: string, value: number }>, monthly: Array<{ month: string, repayments: string, withholding: string, total: string }>, projects: Array<{ arrearsAtEnrolment: string, totalRecovered: string, project: { code: string } }> } };

export type ReportingEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingEsfQuery = { esfIndicators: Array<{ code: string, name: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }> };

export type ReportingEsfAtEntryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingEsfAtEntryQuery = { esfIndicators: Array<{ code: string, total: number | null }> };

export type ReportingBeforeTheLabsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingBeforeTheLabsQuery = { fundingSummary: { totalAwarded: string, allowancesCommitted: string, withheld: string, byRole: Array<{ projectCount: number, awarded: string }>, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string }> }, participation: Array<{ peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, cumulative: Array<{ value: number }> }>, employmentOutcomes: { enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null }, debtRecovery: { arrearsAtEnrolment: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, cumulative: Array<{ value: number }> }, esfIndicators: Array<{ women: number | null, men: number | null, total: number | null }> };

export type SituationRegisterMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type SituationRegisterMutation = { registerPerson: { id: string } };

export type SituationDeclareMutationVariables = Exact<{
  input: DeclareSituationInput;
}>;


export type SituationDeclareMutation = { declareSituation: { id: string, effectiveOn: string, labourStatus: LabourStatus, education: EducationLevel | null } };

export type SituationEnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type SituationEnrolMutation = { enrolPerson: { id: string } };

export type SituationEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SituationEsfQuery = { esfIndicators: Array<{ code: string, women: number | null }> };

export type SnapshotsFreezeAnnualMutationVariables = Exact<{ [key: string]: never; }>;


export type SnapshotsFreezeAnnualMutation = { freezeReport: { id: string, asOf: string, sha256: string, label: string } };

export type SnapshotsCorrectArrearsMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type SnapshotsCorrectArrearsMutation = { correctEnrolment: { id: string } };

export type SnapshotsListQueryVariables = Exact<{ [key: string]: never; }>;


export type SnapshotsListQuery = { reportSnapshots: Array<{ id: string, sha256: string }> };

export type SnapshotsDiffLiveQueryVariables = Exact<{
  id: string | number;
}>;


export type SnapshotsDiffLiveQuery = { reportDiff: { asOf: string, against: { id: string } | null, changes: Array<{ table: string, key: string, field: string, before: string | null, after: string | null }>, corrections: Array<{ action: string, entity: string, entityId: string, reason: string | null }> } };

export type SnapshotsFreezeCorrectedMutationVariables = Exact<{ [key: string]: never; }>;


export type SnapshotsFreezeCorrectedMutation = { freezeReport: { id: string, sha256: string } };

export type SnapshotsDiffBetweenQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type SnapshotsDiffBetweenQuery = { reportDiff: { changes: Array<{ key: string, field: string }>, corrections: Array<{ entityId: string }> } };

export type SnapshotsDiffSinceQueryVariables = Exact<{
  id: string | number;
}>;


export type SnapshotsDiffSinceQuery = { reportDiff: { changes: Array<{ key: string }> } };

export type SnapshotsFreezeMutationVariables = Exact<{
  asOf: string;
  label: string;
}>;


export type SnapshotsFreezeMutation = { freezeReport: { sha256: string } };

export type StatementsPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsPartnersQuery = { projects: Array<{ code: string, partners: Array<{ role: string, organisation: { name: string } }> }> };

export type SummariesRaceParticipationQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SummariesRaceParticipationQuery = { participation: Array<{ peopleReached: number, project: { code: string } }> };

export type SummariesFiguresQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SummariesFiguresQuery = { employmentOutcomes: { enrolled: number, employed: number }, participation: Array<{ peopleReached: number, attendances: number, anonymousHeadcount: number }>, debtRecovery: { arrearsAtEnrolment: string, totalRecovered: string }, esfIndicators: Array<{ code: string, total: number | null }> };

export type TimeoutsRecordActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type TimeoutsRecordActivityMutation = { recordActivity: { id: string } };

export type TimeoutsImportMutationVariables = Exact<{
  csv: string;
  fileName?: string | null | undefined;
}>;


export type TimeoutsImportMutation = { importFile: { written: boolean, errors: Array<{ message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AttackFundingFragmentDoc = new TypedDocumentString(`
    fragment AttackFunding on FundingSummary {
  asOf
  allowancesCommitted
  withheld
  projects {
    project {
      code
    }
    allowancesCommitted
    withheld
  }
}
    `, {"fragmentName":"AttackFunding"}) as unknown as TypedDocumentString<AttackFundingFragment, unknown>;
export const AttackParticipationFragmentDoc = new TypedDocumentString(`
    fragment AttackParticipation on ProjectParticipation {
  project {
    code
  }
  asOf
  target
  peopleReached
  attendances
  anonymousHeadcount
  shareOfTarget
  cumulative {
    month
    value
  }
  pacePerMonth
  targetReachedMonth
}
    `, {"fragmentName":"AttackParticipation"}) as unknown as TypedDocumentString<AttackParticipationFragment, unknown>;
export const AttackOutcomesFragmentDoc = new TypedDocumentString(`
    fragment AttackOutcomes on EmploymentOutcomes {
  asOf
  enrolled
  inProgress
  employed
  unsuccessful
  withdrawn
  employmentRate
  byContractType {
    contractType
    count
  }
  bySex {
    sex
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    employmentRate
  }
  projects {
    project {
      code
    }
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    employmentRate
    byContractType {
      contractType
      count
    }
  }
}
    `, {"fragmentName":"AttackOutcomes"}) as unknown as TypedDocumentString<AttackOutcomesFragment, unknown>;
export const AttackDebtFragmentDoc = new TypedDocumentString(`
    fragment AttackDebt on DebtRecovery {
  asOf
  arrearsAtEnrolment
  recoveredFromRepayments
  recoveredFromWithholding
  totalRecovered
  outstanding
  recoveryRate
  monthly {
    month
    repayments
    withholding
    total
  }
  projects {
    project {
      code
    }
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
    totalRecovered
    outstanding
    recoveryRate
  }
}
    `, {"fragmentName":"AttackDebt"}) as unknown as TypedDocumentString<AttackDebtFragment, unknown>;
export const AttackEsfFragmentDoc = new TypedDocumentString(`
    fragment AttackEsf on IndicatorValue {
  code
  women
  men
  total
}
    `, {"fragmentName":"AttackEsf"}) as unknown as TypedDocumentString<AttackEsfFragment, unknown>;
export const AttackReachFragmentDoc = new TypedDocumentString(`
    fragment AttackReach on PeopleReached {
  asOf
  distinct
  sumOverProjects
}
    `, {"fragmentName":"AttackReach"}) as unknown as TypedDocumentString<AttackReachFragment, unknown>;
export const EsfAnnualLineFragmentDoc = new TypedDocumentString(`
    fragment EsfAnnualLine on EsfAnnualIndicator {
  code
  name
  annual {
    year
    total
    men
    women
  }
  cumulative {
    total
    men
    women
  }
}
    `, {"fragmentName":"EsfAnnualLine"}) as unknown as TypedDocumentString<EsfAnnualLineFragment, unknown>;
export const AccessCreateKeyDocument = new TypedDocumentString(`
    mutation AccessCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    id
    token
  }
}
    `) as unknown as TypedDocumentString<AccessCreateKeyMutation, AccessCreateKeyMutationVariables>;
export const AccessRegisterPersonDocument = new TypedDocumentString(`
    mutation AccessRegisterPerson($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRegisterPersonMutation, AccessRegisterPersonMutationVariables>;
export const AccessRegisterOtherDocument = new TypedDocumentString(`
    mutation AccessRegisterOther($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRegisterOtherMutation, AccessRegisterOtherMutationVariables>;
export const AccessEnrolOpenDocument = new TypedDocumentString(`
    mutation AccessEnrolOpen($i: EnrolInput!) {
  enrolPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessEnrolOpenMutation, AccessEnrolOpenMutationVariables>;
export const AccessEnrolExitedDocument = new TypedDocumentString(`
    mutation AccessEnrolExited($i: EnrolInput!) {
  enrolPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessEnrolExitedMutation, AccessEnrolExitedMutationVariables>;
export const AccessExitDocument = new TypedDocumentString(`
    mutation AccessExit($i: ExitInput!) {
  recordExit(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessExitMutation, AccessExitMutationVariables>;
export const AccessRepayDocument = new TypedDocumentString(`
    mutation AccessRepay($i: RepaymentInput!) {
  recordRepayment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRepayMutation, AccessRepayMutationVariables>;
export const AccessActivityDocument = new TypedDocumentString(`
    mutation AccessActivity($i: ActivityInput!) {
  recordActivity(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessActivityMutation, AccessActivityMutationVariables>;
export const AccessAttendDocument = new TypedDocumentString(`
    mutation AccessAttend($i: AttendanceInput!) {
  recordAttendance(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAttendMutation, AccessAttendMutationVariables>;
export const AccessArrearsCaseDocument = new TypedDocumentString(`
    mutation AccessArrearsCase($i: ArrearsCaseInput!) {
  openArrearsCase(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessArrearsCaseMutation, AccessArrearsCaseMutationVariables>;
export const AccessOldLockDocument = new TypedDocumentString(`
    mutation AccessOldLock {
  lockPeriod(until: "2000-01-01", reason: "old lock") {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessOldLockMutation, AccessOldLockMutationVariables>;
export const AccessFirstSnapshotDocument = new TypedDocumentString(`
    mutation AccessFirstSnapshot {
  freezeReport(asOf: "2019-06-30", label: "first") {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessFirstSnapshotMutation, AccessFirstSnapshotMutationVariables>;
export const AccessRevokeKeyDocument = new TypedDocumentString(`
    mutation AccessRevokeKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `) as unknown as TypedDocumentString<AccessRevokeKeyMutation, AccessRevokeKeyMutationVariables>;
export const AccessApiKeysDocument = new TypedDocumentString(`
    query AccessApiKeys {
  apiKeys {
    label
    role
    projectCodes
    tokenPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AccessApiKeysQuery, AccessApiKeysQueryVariables>;
export const AttackPolicyDocument = new TypedDocumentString(`
    query AttackPolicy {
  disclosurePolicy {
    method
    threshold
    maxNoise
    maxMoneyNoise
    releaseFrequency
  }
}
    `) as unknown as TypedDocumentString<AttackPolicyQuery, AttackPolicyQueryVariables>;
export const ConcurrentImportDocument = new TypedDocumentString(`
    mutation ConcurrentImport($kind: ImportKind!, $csv: String!, $fileName: String) {
  importFile(kind: $kind, csv: $csv, fileName: $fileName) {
    written
    skipped
    created {
      people
      enrolments
      activities
      attendances
    }
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentImportMutation, ConcurrentImportMutationVariables>;
export const ConcurrentActivityDocument = new TypedDocumentString(`
    mutation ConcurrentActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConcurrentActivityMutation, ConcurrentActivityMutationVariables>;
export const IdempotentRepayDocument = new TypedDocumentString(`
    mutation IdempotentRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
    amount
  }
}
    `) as unknown as TypedDocumentString<IdempotentRepayMutation, IdempotentRepayMutationVariables>;
export const IdempotentTwoRepaymentsDocument = new TypedDocumentString(`
    mutation IdempotentTwoRepayments($a: RepaymentInput!, $b: RepaymentInput!) {
  a: recordRepayment(input: $a) {
    id
  }
  b: recordRepayment(input: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdempotentTwoRepaymentsMutation, IdempotentTwoRepaymentsMutationVariables>;
export const IdempotentVoidDocument = new TypedDocumentString(`
    mutation IdempotentVoid($input: VoidInput!) {
  voidRecord(input: $input)
}
    `) as unknown as TypedDocumentString<IdempotentVoidMutation, IdempotentVoidMutationVariables>;
export const IdempotentCreateKeyDocument = new TypedDocumentString(`
    mutation IdempotentCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    id
    token
  }
}
    `) as unknown as TypedDocumentString<IdempotentCreateKeyMutation, IdempotentCreateKeyMutationVariables>;
export const RaceExitDocument = new TypedDocumentString(`
    mutation RaceExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<RaceExitMutation, RaceExitMutationVariables>;
export const RaceCorrectDocument = new TypedDocumentString(`
    mutation RaceCorrect($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceCorrectMutation, RaceCorrectMutationVariables>;
export const RaceFollowUpDocument = new TypedDocumentString(`
    mutation RaceFollowUp($input: FollowUpInput!) {
  recordFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceFollowUpMutation, RaceFollowUpMutationVariables>;
export const RaceVoidDocument = new TypedDocumentString(`
    mutation RaceVoid($input: VoidInput!) {
  voidRecord(input: $input)
}
    `) as unknown as TypedDocumentString<RaceVoidMutation, RaceVoidMutationVariables>;
export const RaceRegisterDocument = new TypedDocumentString(`
    mutation RaceRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceRegisterMutation, RaceRegisterMutationVariables>;
export const RaceEnrolDocument = new TypedDocumentString(`
    mutation RaceEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceEnrolMutation, RaceEnrolMutationVariables>;
export const RaceAttendDocument = new TypedDocumentString(`
    mutation RaceAttend($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceAttendMutation, RaceAttendMutationVariables>;
export const RaceActivityDocument = new TypedDocumentString(`
    mutation RaceActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceActivityMutation, RaceActivityMutationVariables>;
export const RaceRepayDocument = new TypedDocumentString(`
    mutation RaceRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceRepayMutation, RaceRepayMutationVariables>;
export const RaceCorrectRepaymentDocument = new TypedDocumentString(`
    mutation RaceCorrectRepayment($input: CorrectRepaymentInput!) {
  correctRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaceCorrectRepaymentMutation, RaceCorrectRepaymentMutationVariables>;
export const CorrectionsFiguresDocument = new TypedDocumentString(`
    query CorrectionsFigures {
  debtRecovery(filter: {projectCodes: ["GOLAB"], asOf: "2020-08-31"}) {
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
  }
  employmentOutcomes(filter: {projectCodes: ["GOLAB"], asOf: "2020-08-31"}) {
    enrolled
    employed
    unsuccessful
    inProgress
  }
  participation(filter: {projectCodes: ["GOLAB"], asOf: "2020-08-31"}) {
    peopleReached
    attendances
  }
}
    `) as unknown as TypedDocumentString<CorrectionsFiguresQuery, CorrectionsFiguresQueryVariables>;
export const CorrectionsCorrectEnrolmentDocument = new TypedDocumentString(`
    mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
    selectedOn
    arrearsAtEnrolment
    exitedOn
    outcome
    contractType
  }
}
    `) as unknown as TypedDocumentString<CorrectionsCorrectEnrolmentMutation, CorrectionsCorrectEnrolmentMutationVariables>;
export const CorrectionsVoidDocument = new TypedDocumentString(`
    mutation CorrectionsVoid($input: VoidInput!) {
  voidRecord(input: $input)
}
    `) as unknown as TypedDocumentString<CorrectionsVoidMutation, CorrectionsVoidMutationVariables>;
export const CorrectionsRegisterDocument = new TypedDocumentString(`
    mutation CorrectionsRegister($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsRegisterMutation, CorrectionsRegisterMutationVariables>;
export const CorrectionsEnrolDocument = new TypedDocumentString(`
    mutation CorrectionsEnrol($i: EnrolInput!) {
  enrolPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsEnrolMutation, CorrectionsEnrolMutationVariables>;
export const CorrectionsRepayDocument = new TypedDocumentString(`
    mutation CorrectionsRepay($i: RepaymentInput!) {
  recordRepayment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsRepayMutation, CorrectionsRepayMutationVariables>;
export const CorrectionsExitDocument = new TypedDocumentString(`
    mutation CorrectionsExit($i: ExitInput!) {
  recordExit(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsExitMutation, CorrectionsExitMutationVariables>;
export const CorrectionsActivityDocument = new TypedDocumentString(`
    mutation CorrectionsActivity($i: ActivityInput!) {
  recordActivity(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsActivityMutation, CorrectionsActivityMutationVariables>;
export const CorrectionsAttendDocument = new TypedDocumentString(`
    mutation CorrectionsAttend($i: AttendanceInput!) {
  recordAttendance(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsAttendMutation, CorrectionsAttendMutationVariables>;
export const CorrectionsCorrectRepaymentDocument = new TypedDocumentString(`
    mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) {
  correctRepayment(input: $i) {
    id
    amount
  }
}
    `) as unknown as TypedDocumentString<CorrectionsCorrectRepaymentMutation, CorrectionsCorrectRepaymentMutationVariables>;
export const CorrectionsRepaymentTrailDocument = new TypedDocumentString(`
    query CorrectionsRepaymentTrail {
  auditLog(filter: {entity: "repayment"}, first: 1) {
    entries {
      action
      before
      after
      reason
      actor
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectionsRepaymentTrailQuery, CorrectionsRepaymentTrailQueryVariables>;
export const CorrectionsLockDocument = new TypedDocumentString(`
    mutation CorrectionsLock {
  lockPeriod(until: "2019-12-31", reason: "Reported to the Region for 2019") {
    id
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<CorrectionsLockMutation, CorrectionsLockMutationVariables>;
export const CorrectionsLockedActivityDocument = new TypedDocumentString(`
    mutation CorrectionsLockedActivity($i: ActivityInput!) {
  recordActivity(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsLockedActivityMutation, CorrectionsLockedActivityMutationVariables>;
export const CorrectionsAfterLockDocument = new TypedDocumentString(`
    mutation CorrectionsAfterLock($i: ActivityInput!) {
  recordActivity(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsAfterLockMutation, CorrectionsAfterLockMutationVariables>;
export const CorrectionsUnlockNoReasonDocument = new TypedDocumentString(`
    mutation CorrectionsUnlockNoReason($id: ID!) {
  unlockPeriod(id: $id, reason: "") {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectionsUnlockNoReasonMutation, CorrectionsUnlockNoReasonMutationVariables>;
export const CorrectionsUnlockDocument = new TypedDocumentString(`
    mutation CorrectionsUnlock($id: ID!) {
  unlockPeriod(id: $id, reason: "A late register from Galdus") {
    id
    unlockedAt
  }
}
    `) as unknown as TypedDocumentString<CorrectionsUnlockMutation, CorrectionsUnlockMutationVariables>;
export const BrowserHeadlineDocument = new TypedDocumentString(`
    query BrowserHeadline($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    totalAwarded
  }
  participation(filter: $filter) {
    peopleReached
    target
  }
  peopleReached(filter: $filter) {
    distinct
    sumOverProjects
  }
  employmentOutcomes(filter: $filter) {
    employed
    enrolled
  }
  debtRecovery(filter: $filter) {
    totalRecovered
  }
}
    `) as unknown as TypedDocumentString<BrowserHeadlineQuery, BrowserHeadlineQueryVariables>;
export const BrowserReachDocument = new TypedDocumentString(`
    query BrowserReach($filter: ReportFilter) {
  participation(filter: $filter) {
    peopleReached
  }
}
    `) as unknown as TypedDocumentString<BrowserReachQuery, BrowserReachQueryVariables>;
export const BrowserFundingDocument = new TypedDocumentString(`
    query BrowserFunding($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    projects {
      awarded
      project {
        alerRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserFundingQuery, BrowserFundingQueryVariables>;
export const BrowserOutcomesDocument = new TypedDocumentString(`
    query BrowserOutcomes($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    projects {
      employed
      inProgress
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserOutcomesQuery, BrowserOutcomesQueryVariables>;
export const BrowserDebtDocument = new TypedDocumentString(`
    query BrowserDebt($filter: ReportFilter) {
  debtRecovery(filter: $filter) {
    monthly {
      repayments
      withholding
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserDebtQuery, BrowserDebtQueryVariables>;
export const BrowserEsfDocument = new TypedDocumentString(`
    query BrowserEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    total
  }
}
    `) as unknown as TypedDocumentString<BrowserEsfQuery, BrowserEsfQueryVariables>;
export const BrowserNewsletterDocument = new TypedDocumentString(`
    query BrowserNewsletter($filter: ReportFilter) {
  newsletterUpdate(filter: $filter) {
    title
    markdown
  }
}
    `) as unknown as TypedDocumentString<BrowserNewsletterQuery, BrowserNewsletterQueryVariables>;
export const BrowserCreateApiKeyDocument = new TypedDocumentString(`
    mutation BrowserCreateApiKey {
  createApiKey(input: {role: ANALYST, label: "Regione"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<BrowserCreateApiKeyMutation, BrowserCreateApiKeyMutationVariables>;
export const DataEntryRegisterDocument = new TypedDocumentString(`
    mutation DataEntryRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
    sex
    birthYear
  }
}
    `) as unknown as TypedDocumentString<DataEntryRegisterMutation, DataEntryRegisterMutationVariables>;
export const DataEntryEnrolDocument = new TypedDocumentString(`
    mutation DataEntryEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
    selectedOn
    arrearsAtEnrolment
    warnings
    person {
      id
    }
    project {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DataEntryEnrolMutation, DataEntryEnrolMutationVariables>;
export const DataEntryExitDocument = new TypedDocumentString(`
    mutation DataEntryExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
    exitedOn
    outcome
    contractType
  }
}
    `) as unknown as TypedDocumentString<DataEntryExitMutation, DataEntryExitMutationVariables>;
export const DataEntryRepayDocument = new TypedDocumentString(`
    mutation DataEntryRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
    amount
    paidOn
  }
}
    `) as unknown as TypedDocumentString<DataEntryRepayMutation, DataEntryRepayMutationVariables>;
export const DataEntryActivityDocument = new TypedDocumentString(`
    mutation DataEntryActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
    heldOn
    kind
    title
    project {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DataEntryActivityMutation, DataEntryActivityMutationVariables>;
export const DataEntryAttendDocument = new TypedDocumentString(`
    mutation DataEntryAttend($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    id
    anonymousHeadcount
  }
}
    `) as unknown as TypedDocumentString<DataEntryAttendMutation, DataEntryAttendMutationVariables>;
export const DataEntryFiguresDocument = new TypedDocumentString(`
    query DataEntryFigures($f: ReportFilter) {
  fundingSummary(filter: $f) {
    allowancesCommitted
    withheld
  }
  participation(filter: $f) {
    peopleReached
    attendances
    anonymousHeadcount
  }
  employmentOutcomes(filter: $f) {
    enrolled
    inProgress
    unsuccessful
  }
  debtRecovery(filter: $f) {
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
    totalRecovered
  }
}
    `) as unknown as TypedDocumentString<DataEntryFiguresQuery, DataEntryFiguresQueryVariables>;
export const DataEntryProjectsByTokenDocument = new TypedDocumentString(`
    query DataEntryProjectsByToken {
  projects {
    code
  }
}
    `) as unknown as TypedDocumentString<DataEntryProjectsByTokenQuery, DataEntryProjectsByTokenQueryVariables>;
export const DataEntryPersonAsPublicDocument = new TypedDocumentString(`
    query DataEntryPersonAsPublic($id: ID!) {
  person(id: $id) {
    id
    sex
  }
}
    `) as unknown as TypedDocumentString<DataEntryPersonAsPublicQuery, DataEntryPersonAsPublicQueryVariables>;
export const DataEntryPersonAsAdminDocument = new TypedDocumentString(`
    query DataEntryPersonAsAdmin($id: ID!) {
  person(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DataEntryPersonAsAdminQuery, DataEntryPersonAsAdminQueryVariables>;
export const DataEntryAuditLogDocument = new TypedDocumentString(`
    query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    entries {
      id
      at
      actor
      action
      entity
      entityId
      before
      after
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<DataEntryAuditLogQuery, DataEntryAuditLogQueryVariables>;
export const EsfAnnualTableDocument = new TypedDocumentString(`
    query EsfAnnualTable($filter: ReportFilter, $fromYear: Int, $toYear: Int) {
  esfAnnualTable(filter: $filter, fromYear: $fromYear, toYear: $toYear) {
    fromYear
    toYear
    asOf
    years
    indicators {
      ...EsfAnnualLine
    }
    projects {
      project {
        code
        startDate
      }
      indicators {
        ...EsfAnnualLine
      }
    }
  }
}
    fragment EsfAnnualLine on EsfAnnualIndicator {
  code
  name
  annual {
    year
    total
    men
    women
  }
  cumulative {
    total
    men
    women
  }
}`) as unknown as TypedDocumentString<EsfAnnualTableQuery, EsfAnnualTableQueryVariables>;
export const EsfAnnualCumulativeDocument = new TypedDocumentString(`
    query EsfAnnualCumulative($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    name
    total
    men
    women
  }
}
    `) as unknown as TypedDocumentString<EsfAnnualCumulativeQuery, EsfAnnualCumulativeQueryVariables>;
export const EsfAnnualAnalystKeyDocument = new TypedDocumentString(`
    mutation EsfAnnualAnalystKey {
  createApiKey(input: {role: ANALYST, label: "Regione"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<EsfAnnualAnalystKeyMutation, EsfAnnualAnalystKeyMutationVariables>;
export const EsfDefinitionsRegisterDocument = new TypedDocumentString(`
    mutation EsfDefinitionsRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsRegisterMutation, EsfDefinitionsRegisterMutationVariables>;
export const EsfDefinitionsEnrolDocument = new TypedDocumentString(`
    mutation EsfDefinitionsEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsEnrolMutation, EsfDefinitionsEnrolMutationVariables>;
export const EsfDefinitionsExitDocument = new TypedDocumentString(`
    mutation EsfDefinitionsExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsExitMutation, EsfDefinitionsExitMutationVariables>;
export const EsfDefinitionsFollowUpDocument = new TypedDocumentString(`
    mutation EsfDefinitionsFollowUp($input: FollowUpInput!) {
  recordFollowUp(input: $input) {
    id
    observedOn
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsFollowUpMutation, EsfDefinitionsFollowUpMutationVariables>;
export const EsfDefinitionsCorrectDocument = new TypedDocumentString(`
    mutation EsfDefinitionsCorrect($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
    selectedOn
    exitedOn
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsCorrectMutation, EsfDefinitionsCorrectMutationVariables>;
export const EsfDefinitionsImportDocument = new TypedDocumentString(`
    mutation EsfDefinitionsImport($csv: String!) {
  importFile(kind: PARTICIPANTS, csv: $csv, fileName: "esf.csv") {
    written
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsImportMutation, EsfDefinitionsImportMutationVariables>;
export const EsfDefinitionsIndicatorsDocument = new TypedDocumentString(`
    query EsfDefinitionsIndicators($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
  }
}
    `) as unknown as TypedDocumentString<EsfDefinitionsIndicatorsQuery, EsfDefinitionsIndicatorsQueryVariables>;
export const EsfMissingRegisterDocument = new TypedDocumentString(`
    mutation EsfMissingRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfMissingRegisterMutation, EsfMissingRegisterMutationVariables>;
export const EsfMissingEnrolDocument = new TypedDocumentString(`
    mutation EsfMissingEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfMissingEnrolMutation, EsfMissingEnrolMutationVariables>;
export const EsfMissingExitDocument = new TypedDocumentString(`
    mutation EsfMissingExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
    jobSearchingOnExit
    inEducationOrTrainingOnExit
  }
}
    `) as unknown as TypedDocumentString<EsfMissingExitMutation, EsfMissingExitMutationVariables>;
export const EsfMissingFollowUpDocument = new TypedDocumentString(`
    mutation EsfMissingFollowUp($input: FollowUpInput!) {
  recordFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsfMissingFollowUpMutation, EsfMissingFollowUpMutationVariables>;
export const EsfMissingCorrectDocument = new TypedDocumentString(`
    mutation EsfMissingCorrect($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
    jobSearchingOnExit
    inEducationOrTrainingOnExit
  }
}
    `) as unknown as TypedDocumentString<EsfMissingCorrectMutation, EsfMissingCorrectMutationVariables>;
export const EsfMissingIndicatorsDocument = new TypedDocumentString(`
    query EsfMissingIndicators($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
  }
}
    `) as unknown as TypedDocumentString<EsfMissingIndicatorsQuery, EsfMissingIndicatorsQueryVariables>;
export const EsfMissingEntitiesDocument = new TypedDocumentString(`
    query EsfMissingEntities($filter: ReportFilter) {
  esfEntityIndicators(filter: $filter) {
    code
    value
    projectCodes
    note
  }
  projects {
    code
    degreeOfUrbanisation
    degreeOfUrbanisationSource
  }
}
    `) as unknown as TypedDocumentString<EsfMissingEntitiesQuery, EsfMissingEntitiesQueryVariables>;
export const ExportsAnalystKeyDocument = new TypedDocumentString(`
    mutation ExportsAnalystKey {
  createApiKey(input: {role: ANALYST, label: "Regione"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<ExportsAnalystKeyMutation, ExportsAnalystKeyMutationVariables>;
export const ExportsEsfDocument = new TypedDocumentString(`
    query ExportsEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    name
    women
    men
    total
    suppressed
  }
}
    `) as unknown as TypedDocumentString<ExportsEsfQuery, ExportsEsfQueryVariables>;
export const ExportsProjectsDocument = new TypedDocumentString(`
    query ExportsProjects($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    projects {
      project {
        code
        name
        municipality
        alerRole
      }
      awarded
      allowancesCommitted
      withheld
    }
  }
  participation(filter: $filter) {
    project {
      code
    }
    target
    peopleReached
    attendances
    anonymousHeadcount
  }
  employmentOutcomes(filter: $filter) {
    projects {
      project {
        code
      }
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
    }
  }
  debtRecovery(filter: $filter) {
    projects {
      project {
        code
      }
      arrearsAtEnrolment
      recoveredFromRepayments
      recoveredFromWithholding
      totalRecovered
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsProjectsQuery, ExportsProjectsQueryVariables>;
export const FreezeDuringWritesDocument = new TypedDocumentString(`
    mutation FreezeDuringWrites($asOf: Date!, $label: String!) {
  freezeReport(asOf: $asOf, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<FreezeDuringWritesMutation, FreezeDuringWritesMutationVariables>;
export const BoundsTwentyAliasesDocument = new TypedDocumentString(`
    query BoundsTwentyAliases($filter: ReportFilter) {
  p1: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p2: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p3: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p4: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p5: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p6: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p7: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p8: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p9: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  p10: participation(filter: $filter) {
    cumulative {
      month
    }
  }
  d1: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d2: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d3: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d4: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d5: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d6: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d7: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d8: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d9: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
  d10: debtRecovery(filter: $filter) {
    monthly {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<BoundsTwentyAliasesQuery, BoundsTwentyAliasesQueryVariables>;
export const BoundsTwentyAliasesFarFutureDocument = new TypedDocumentString(`
    query BoundsTwentyAliasesFarFuture {
  p1: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p2: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p3: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p4: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p5: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p6: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p7: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p8: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p9: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  p10: participation(filter: {asOf: "9999-12-31"}) {
    cumulative {
      month
    }
  }
  d1: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d2: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d3: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d4: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d5: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d6: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d7: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d8: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d9: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
  d10: debtRecovery(filter: {asOf: "9999-12-31"}) {
    monthly {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<BoundsTwentyAliasesFarFutureQuery, BoundsTwentyAliasesFarFutureQueryVariables>;
export const BoundsNewsletterDocument = new TypedDocumentString(`
    query BoundsNewsletter($filter: ReportFilter) {
  newsletterUpdate(filter: $filter) {
    title
  }
}
    `) as unknown as TypedDocumentString<BoundsNewsletterQuery, BoundsNewsletterQueryVariables>;
export const BoundsFreezeDocument = new TypedDocumentString(`
    mutation BoundsFreeze($asOf: Date!, $label: String!) {
  freezeReport(asOf: $asOf, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundsFreezeMutation, BoundsFreezeMutationVariables>;
export const BoundsLockDocument = new TypedDocumentString(`
    mutation BoundsLock($until: Date!, $reason: String!) {
  lockPeriod(until: $until, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundsLockMutation, BoundsLockMutationVariables>;
export const BoundsRegisterDocument = new TypedDocumentString(`
    mutation BoundsRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundsRegisterMutation, BoundsRegisterMutationVariables>;
export const BoundsEnrolDocument = new TypedDocumentString(`
    mutation BoundsEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundsEnrolMutation, BoundsEnrolMutationVariables>;
export const BoundsRepayDocument = new TypedDocumentString(`
    mutation BoundsRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundsRepayMutation, BoundsRepayMutationVariables>;
export const BoundsImportDocument = new TypedDocumentString(`
    mutation BoundsImport($kind: ImportKind!, $csv: String!, $fileName: String) {
  importFile(kind: $kind, csv: $csv, fileName: $fileName) {
    written
    errors {
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BoundsImportMutation, BoundsImportMutationVariables>;
export const FuzzRegisterDocument = new TypedDocumentString(`
    mutation FuzzRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzRegisterMutation, FuzzRegisterMutationVariables>;
export const FuzzEnrolDocument = new TypedDocumentString(`
    mutation FuzzEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzEnrolMutation, FuzzEnrolMutationVariables>;
export const FuzzExitDocument = new TypedDocumentString(`
    mutation FuzzExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzExitMutation, FuzzExitMutationVariables>;
export const FuzzFollowUpDocument = new TypedDocumentString(`
    mutation FuzzFollowUp($input: FollowUpInput!) {
  recordFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzFollowUpMutation, FuzzFollowUpMutationVariables>;
export const FuzzRepayDocument = new TypedDocumentString(`
    mutation FuzzRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzRepayMutation, FuzzRepayMutationVariables>;
export const FuzzActivityDocument = new TypedDocumentString(`
    mutation FuzzActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzActivityMutation, FuzzActivityMutationVariables>;
export const FuzzAttendDocument = new TypedDocumentString(`
    mutation FuzzAttend($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzAttendMutation, FuzzAttendMutationVariables>;
export const FuzzOpenCaseDocument = new TypedDocumentString(`
    mutation FuzzOpenCase($input: ArrearsCaseInput!) {
  openArrearsCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzOpenCaseMutation, FuzzOpenCaseMutationVariables>;
export const FuzzCaseStatusDocument = new TypedDocumentString(`
    mutation FuzzCaseStatus($input: ArrearsCaseStatusInput!) {
  changeArrearsCaseStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCaseStatusMutation, FuzzCaseStatusMutationVariables>;
export const FuzzCorrectEnrolmentDocument = new TypedDocumentString(`
    mutation FuzzCorrectEnrolment($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCorrectEnrolmentMutation, FuzzCorrectEnrolmentMutationVariables>;
export const FuzzCorrectRepaymentDocument = new TypedDocumentString(`
    mutation FuzzCorrectRepayment($input: CorrectRepaymentInput!) {
  correctRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCorrectRepaymentMutation, FuzzCorrectRepaymentMutationVariables>;
export const FuzzVoidDocument = new TypedDocumentString(`
    mutation FuzzVoid($input: VoidInput!) {
  voidRecord(input: $input)
}
    `) as unknown as TypedDocumentString<FuzzVoidMutation, FuzzVoidMutationVariables>;
export const FuzzImportDocument = new TypedDocumentString(`
    mutation FuzzImport($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {
  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {
    written
  }
}
    `) as unknown as TypedDocumentString<FuzzImportMutation, FuzzImportMutationVariables>;
export const FuzzUnlockDocument = new TypedDocumentString(`
    mutation FuzzUnlock($id: ID!, $reason: String!) {
  unlockPeriod(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzUnlockMutation, FuzzUnlockMutationVariables>;
export const FuzzCreateKeyDocument = new TypedDocumentString(`
    mutation FuzzCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<FuzzCreateKeyMutation, FuzzCreateKeyMutationVariables>;
export const FuzzRevokeKeyDocument = new TypedDocumentString(`
    mutation FuzzRevokeKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `) as unknown as TypedDocumentString<FuzzRevokeKeyMutation, FuzzRevokeKeyMutationVariables>;
export const FuzzFreezeDocument = new TypedDocumentString(`
    mutation FuzzFreeze($asOf: Date!, $label: String!) {
  freezeReport(asOf: $asOf, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzFreezeMutation, FuzzFreezeMutationVariables>;
export const FuzzLockDocument = new TypedDocumentString(`
    mutation FuzzLock($until: Date!, $reason: String!) {
  lockPeriod(until: $until, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzLockMutation, FuzzLockMutationVariables>;
export const ImportFileDocument = new TypedDocumentString(`
    mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {
  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {
    rows
    written
    dryRun
    skipped
    created {
      people
      enrolments
      activities
      attendances
    }
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportFileMutation, ImportFileMutationVariables>;
export const ImportSampleFiguresDocument = new TypedDocumentString(`
    query ImportSampleFigures {
  debtRecovery(filter: {projectCodes: ["PRO_SALOMONE"], asOf: "2019-01-01"}) {
    arrearsAtEnrolment
  }
  participation(filter: {projectCodes: ["PRO_SALOMONE"], asOf: "2019-01-01"}) {
    peopleReached
    attendances
    anonymousHeadcount
  }
}
    `) as unknown as TypedDocumentString<ImportSampleFiguresQuery, ImportSampleFiguresQueryVariables>;
export const ImportRegisterFiguresDocument = new TypedDocumentString(`
    query ImportRegisterFigures {
  participation(filter: {projectCodes: ["SESTOINSIEME"], asOf: "2019-12-31"}) {
    peopleReached
    attendances
  }
}
    `) as unknown as TypedDocumentString<ImportRegisterFiguresQuery, ImportRegisterFiguresQueryVariables>;
export const ListingsSearchDocument = new TypedDocumentString(`
    query ListingsSearch($filter: PeopleFilter) {
  people(filter: $filter) {
    totalCount
    edges {
      node {
        id
        sex
        birthYear
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListingsSearchQuery, ListingsSearchQueryVariables>;
export const NewsletterDraftDocument = new TypedDocumentString(`
    query NewsletterDraft($filter: ReportFilter, $language: Language) {
  newsletterUpdate(filter: $filter, language: $language) {
    asOf
    language
    title
    markdown
    html
    usesSyntheticData
  }
}
    `) as unknown as TypedDocumentString<NewsletterDraftQuery, NewsletterDraftQueryVariables>;
export const NewsletterPublicFiguresDocument = new TypedDocumentString(`
    query NewsletterPublicFigures($filter: ReportFilter) {
  peopleReached(filter: $filter) {
    distinct
    sumOverProjects
  }
  employmentOutcomes(filter: $filter) {
    enrolled
    employed
    unsuccessful
    withdrawn
    inProgress
  }
  debtRecovery(filter: $filter) {
    recoveredFromRepayments
    recoveredFromWithholding
    totalRecovered
  }
}
    `) as unknown as TypedDocumentString<NewsletterPublicFiguresQuery, NewsletterPublicFiguresQueryVariables>;
export const OperationsAnalystKeyDocument = new TypedDocumentString(`
    mutation OperationsAnalystKey {
  createApiKey(input: {role: ANALYST, label: "Regione"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<OperationsAnalystKeyMutation, OperationsAnalystKeyMutationVariables>;
export const ProcessesRegisterDocument = new TypedDocumentString(`
    mutation ProcessesRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesRegisterMutation, ProcessesRegisterMutationVariables>;
export const ProcessesEnrolDocument = new TypedDocumentString(`
    mutation ProcessesEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesEnrolMutation, ProcessesEnrolMutationVariables>;
export const ProcessesExitDocument = new TypedDocumentString(`
    mutation ProcessesExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesExitMutation, ProcessesExitMutationVariables>;
export const ProcessesRepayDocument = new TypedDocumentString(`
    mutation ProcessesRepay($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesRepayMutation, ProcessesRepayMutationVariables>;
export const ProcessesActivityDocument = new TypedDocumentString(`
    mutation ProcessesActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesActivityMutation, ProcessesActivityMutationVariables>;
export const ProcessesAttendDocument = new TypedDocumentString(`
    mutation ProcessesAttend($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesAttendMutation, ProcessesAttendMutationVariables>;
export const ProcessesImportDocument = new TypedDocumentString(`
    mutation ProcessesImport($csv: String!) {
  importFile(kind: ATTENDANCE, csv: $csv, fileName: "registro.csv") {
    written
    created {
      people
      activities
      attendances
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessesImportMutation, ProcessesImportMutationVariables>;
export const ProcessesCreateKeyDocument = new TypedDocumentString(`
    mutation ProcessesCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    id
    token
  }
}
    `) as unknown as TypedDocumentString<ProcessesCreateKeyMutation, ProcessesCreateKeyMutationVariables>;
export const ProcessesRevokeKeyDocument = new TypedDocumentString(`
    mutation ProcessesRevokeKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `) as unknown as TypedDocumentString<ProcessesRevokeKeyMutation, ProcessesRevokeKeyMutationVariables>;
export const ProcessesLockDocument = new TypedDocumentString(`
    mutation ProcessesLock($until: Date!) {
  lockPeriod(until: $until, reason: "processes test") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesLockMutation, ProcessesLockMutationVariables>;
export const ProcessesUnlockDocument = new TypedDocumentString(`
    mutation ProcessesUnlock($id: ID!) {
  unlockPeriod(id: $id, reason: "processes test") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessesUnlockMutation, ProcessesUnlockMutationVariables>;
export const ProcessesReportsDocument = new TypedDocumentString(`
    query ProcessesReports($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    asOf
    totalAwarded
    allowancesCommitted
    withheld
    projects {
      project {
        code
      }
      allowancesCommitted
      withheld
    }
  }
  participation(filter: $filter) {
    project {
      code
    }
    peopleReached
    attendances
    anonymousHeadcount
    cumulative {
      month
      value
    }
  }
  peopleReached(filter: $filter) {
    asOf
    distinct
    sumOverProjects
  }
  employmentOutcomes(filter: $filter) {
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    byContractType {
      contractType
      count
    }
    projects {
      project {
        code
      }
      enrolled
      employed
      unsuccessful
      withdrawn
    }
  }
  debtRecovery(filter: $filter) {
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
    outstanding
  }
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
    suppressed
  }
}
    `) as unknown as TypedDocumentString<ProcessesReportsQuery, ProcessesReportsQueryVariables>;
export const ArticleProjectsDocument = new TypedDocumentString(`
    query ArticleProjects {
  projects {
    code
    name
    municipality
    place
    alerRole
    awarded
    startDate
    endDate
    participantTarget
    involvementTarget
    allowance
    withholdingShare
    assumedFields
    partners {
      role
      organisation {
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleProjectsQuery, ArticleProjectsQueryVariables>;
export const ArticleProjectByCodeDocument = new TypedDocumentString(`
    query ArticleProjectByCode {
  known: project(code: "SESTOINSIEME") {
    name
    municipality
  }
  unknown: project(code: "NOPE") {
    name
  }
}
    `) as unknown as TypedDocumentString<ArticleProjectByCodeQuery, ArticleProjectByCodeQueryVariables>;
export const ArticleProgrammeDocument = new TypedDocumentString(`
    query ArticleProgramme {
  programme {
    code
    axis
    actions
    callTitle
    fundedListPublishedOn
  }
}
    `) as unknown as TypedDocumentString<ArticleProgrammeQuery, ArticleProgrammeQueryVariables>;
export const PublicReleaseEsfDocument = new TypedDocumentString(`
    query PublicReleaseEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
    suppressed
  }
}
    `) as unknown as TypedDocumentString<PublicReleaseEsfQuery, PublicReleaseEsfQueryVariables>;
export const PublicReleaseOutcomesDocument = new TypedDocumentString(`
    query PublicReleaseOutcomes($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    asOf
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    byContractType {
      contractType
      count
    }
    bySex {
      sex
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
      suppressed
    }
    projects {
      project {
        code
      }
      enrolled
    }
  }
}
    `) as unknown as TypedDocumentString<PublicReleaseOutcomesQuery, PublicReleaseOutcomesQueryVariables>;
export const PublicReleasePolicyDocument = new TypedDocumentString(`
    query PublicReleasePolicy {
  disclosurePolicy {
    yourFigures
    method
    threshold
    maxNoise
    noiseStandardDeviation
    maxMoneyNoise
    releaseFrequency
    latestRelease
  }
}
    `) as unknown as TypedDocumentString<PublicReleasePolicyQuery, PublicReleasePolicyQueryVariables>;
export const PublicReleaseOthersDocument = new TypedDocumentString(`
    query PublicReleaseOthers($filter: ReportFilter) {
  participation(filter: $filter) {
    project {
      code
    }
    asOf
    peopleReached
    cumulative {
      month
      value
    }
  }
  debtRecovery(filter: $filter) {
    asOf
    totalRecovered
    recoveredFromRepayments
    recoveredFromWithholding
    monthly {
      month
      repayments
      withholding
    }
    projects {
      project {
        code
      }
      recoveredFromRepayments
      recoveredFromWithholding
    }
  }
  fundingSummary(filter: $filter) {
    withheld
    allowancesCommitted
    projects {
      project {
        code
      }
      withheld
      allowancesCommitted
    }
  }
}
    `) as unknown as TypedDocumentString<PublicReleaseOthersQuery, PublicReleaseOthersQueryVariables>;
export const PublicReleaseDaysDocument = new TypedDocumentString(`
    query PublicReleaseDays($asOf: Date) {
  disclosurePolicy(asOf: $asOf) {
    reportsAsOf
    esfIndicatorsAsOf
    esfReleaseFrequency
  }
}
    `) as unknown as TypedDocumentString<PublicReleaseDaysQuery, PublicReleaseDaysQueryVariables>;
export const ReEntryFiguresDocument = new TypedDocumentString(`
    query ReEntryFigures($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
    men
  }
  employmentOutcomes(filter: $filter) {
    enrolled
  }
}
    `) as unknown as TypedDocumentString<ReEntryFiguresQuery, ReEntryFiguresQueryVariables>;
export const DemoDashboardDocument = new TypedDocumentString(`
    query DemoDashboard($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    asOf
    totalAwarded
    allowancesCommitted
    withheld
    byRole {
      alerRole
      projectCount
      awarded
    }
    projects {
      project {
        code
        name
        alerRole
        partners {
          organisation {
            name
          }
        }
      }
      awarded
      allowancesCommitted
      withheld
    }
  }
  participation(filter: $filter) {
    project {
      code
      name
    }
    target
    peopleReached
    attendances
    anonymousHeadcount
    shareOfTarget
    cumulative {
      month
      value
    }
    pacePerMonth
    targetReachedMonth
    projectedTargetMonth
  }
  peopleReached(filter: $filter) {
    asOf
    distinct
    sumOverProjects
  }
  employmentOutcomes(filter: $filter) {
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    employmentRate
    byContractType {
      contractType
      count
    }
    bySex {
      sex
      enrolled
      employed
    }
    projects {
      project {
        code
      }
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
    }
  }
  debtRecovery(filter: $filter) {
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
    totalRecovered
    outstanding
    recoveryRate
    cumulative {
      month
      value
    }
    monthly {
      month
      repayments
      withholding
      total
    }
    projects {
      project {
        code
      }
      arrearsAtEnrolment
      recoveredFromRepayments
      recoveredFromWithholding
      totalRecovered
    }
  }
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
  }
}
    `) as unknown as TypedDocumentString<DemoDashboardQuery, DemoDashboardQueryVariables>;
export const ReportingFundingDocument = new TypedDocumentString(`
    query ReportingFunding($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    asOf
    totalAwarded
    allowancesCommitted
    withheld
    byRole {
      alerRole
      projectCount
      awarded
    }
    projects {
      project {
        code
      }
      awarded
      allowancesCommitted
      withheld
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingFundingQuery, ReportingFundingQueryVariables>;
export const ReportingParticipationDocument = new TypedDocumentString(`
    query ReportingParticipation($filter: ReportFilter) {
  participation(filter: $filter) {
    project {
      code
    }
    asOf
    target
    peopleReached
    attendances
    anonymousHeadcount
    shareOfTarget
    cumulative {
      month
      value
    }
    pacePerMonth
    targetReachedMonth
    projectedTargetMonth
  }
}
    `) as unknown as TypedDocumentString<ReportingParticipationQuery, ReportingParticipationQueryVariables>;
export const ReportingPeopleReachedDocument = new TypedDocumentString(`
    query ReportingPeopleReached($filter: ReportFilter) {
  peopleReached(filter: $filter) {
    asOf
    distinct
    sumOverProjects
  }
  participation(filter: $filter) {
    peopleReached
  }
}
    `) as unknown as TypedDocumentString<ReportingPeopleReachedQuery, ReportingPeopleReachedQueryVariables>;
export const ReportingOutcomesDocument = new TypedDocumentString(`
    query ReportingOutcomes($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    asOf
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    employmentRate
    byContractType {
      contractType
      count
    }
    bySex {
      sex
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
      employmentRate
    }
    projects {
      project {
        code
      }
      enrolled
      employed
      unsuccessful
      withdrawn
      inProgress
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingOutcomesQuery, ReportingOutcomesQueryVariables>;
export const ReportingDebtDocument = new TypedDocumentString(`
    query ReportingDebt($filter: ReportFilter) {
  debtRecovery(filter: $filter) {
    asOf
    arrearsAtEnrolment
    recoveredFromRepayments
    recoveredFromWithholding
    totalRecovered
    outstanding
    recoveryRate
    cumulative {
      month
      value
    }
    monthly {
      month
      repayments
      withholding
      total
    }
    projects {
      project {
        code
      }
      arrearsAtEnrolment
      totalRecovered
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingDebtQuery, ReportingDebtQueryVariables>;
export const ReportingEsfDocument = new TypedDocumentString(`
    query ReportingEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    name
    women
    men
    total
    suppressed
  }
}
    `) as unknown as TypedDocumentString<ReportingEsfQuery, ReportingEsfQueryVariables>;
export const ReportingEsfAtEntryDocument = new TypedDocumentString(`
    query ReportingEsfAtEntry {
  esfIndicators(filter: {asOf: "2019-06-30"}) {
    code
    total
  }
}
    `) as unknown as TypedDocumentString<ReportingEsfAtEntryQuery, ReportingEsfAtEntryQueryVariables>;
export const ReportingBeforeTheLabsDocument = new TypedDocumentString(`
    query ReportingBeforeTheLabs($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    totalAwarded
    allowancesCommitted
    withheld
    byRole {
      projectCount
      awarded
    }
    projects {
      awarded
      allowancesCommitted
      withheld
    }
  }
  participation(filter: $filter) {
    peopleReached
    attendances
    anonymousHeadcount
    shareOfTarget
    cumulative {
      value
    }
  }
  employmentOutcomes(filter: $filter) {
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    employmentRate
  }
  debtRecovery(filter: $filter) {
    arrearsAtEnrolment
    totalRecovered
    outstanding
    recoveryRate
    cumulative {
      value
    }
  }
  esfIndicators(filter: $filter) {
    women
    men
    total
  }
}
    `) as unknown as TypedDocumentString<ReportingBeforeTheLabsQuery, ReportingBeforeTheLabsQueryVariables>;
export const SituationRegisterDocument = new TypedDocumentString(`
    mutation SituationRegister($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SituationRegisterMutation, SituationRegisterMutationVariables>;
export const SituationDeclareDocument = new TypedDocumentString(`
    mutation SituationDeclare($input: DeclareSituationInput!) {
  declareSituation(input: $input) {
    id
    effectiveOn
    labourStatus
    education
  }
}
    `) as unknown as TypedDocumentString<SituationDeclareMutation, SituationDeclareMutationVariables>;
export const SituationEnrolDocument = new TypedDocumentString(`
    mutation SituationEnrol($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SituationEnrolMutation, SituationEnrolMutationVariables>;
export const SituationEsfDocument = new TypedDocumentString(`
    query SituationEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
  }
}
    `) as unknown as TypedDocumentString<SituationEsfQuery, SituationEsfQueryVariables>;
export const SnapshotsFreezeAnnualDocument = new TypedDocumentString(`
    mutation SnapshotsFreezeAnnual {
  freezeReport(asOf: "2020-08-31", label: "Relazione annuale 2020") {
    id
    asOf
    sha256
    label
  }
}
    `) as unknown as TypedDocumentString<SnapshotsFreezeAnnualMutation, SnapshotsFreezeAnnualMutationVariables>;
export const SnapshotsCorrectArrearsDocument = new TypedDocumentString(`
    mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SnapshotsCorrectArrearsMutation, SnapshotsCorrectArrearsMutationVariables>;
export const SnapshotsListDocument = new TypedDocumentString(`
    query SnapshotsList {
  reportSnapshots {
    id
    sha256
  }
}
    `) as unknown as TypedDocumentString<SnapshotsListQuery, SnapshotsListQueryVariables>;
export const SnapshotsDiffLiveDocument = new TypedDocumentString(`
    query SnapshotsDiffLive($id: ID!) {
  reportDiff(snapshot: $id) {
    asOf
    against {
      id
    }
    changes {
      table
      key
      field
      before
      after
    }
    corrections {
      action
      entity
      entityId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SnapshotsDiffLiveQuery, SnapshotsDiffLiveQueryVariables>;
export const SnapshotsFreezeCorrectedDocument = new TypedDocumentString(`
    mutation SnapshotsFreezeCorrected {
  freezeReport(asOf: "2020-08-31", label: "Relazione rettificata") {
    id
    sha256
  }
}
    `) as unknown as TypedDocumentString<SnapshotsFreezeCorrectedMutation, SnapshotsFreezeCorrectedMutationVariables>;
export const SnapshotsDiffBetweenDocument = new TypedDocumentString(`
    query SnapshotsDiffBetween($a: ID!, $b: ID!) {
  reportDiff(snapshot: $a, against: $b) {
    changes {
      key
      field
    }
    corrections {
      entityId
    }
  }
}
    `) as unknown as TypedDocumentString<SnapshotsDiffBetweenQuery, SnapshotsDiffBetweenQueryVariables>;
export const SnapshotsDiffSinceDocument = new TypedDocumentString(`
    query SnapshotsDiffSince($id: ID!) {
  reportDiff(snapshot: $id) {
    changes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<SnapshotsDiffSinceQuery, SnapshotsDiffSinceQueryVariables>;
export const SnapshotsFreezeDocument = new TypedDocumentString(`
    mutation SnapshotsFreeze($asOf: Date!, $label: String!) {
  freezeReport(asOf: $asOf, label: $label) {
    sha256
  }
}
    `) as unknown as TypedDocumentString<SnapshotsFreezeMutation, SnapshotsFreezeMutationVariables>;
export const StatementsPartnersDocument = new TypedDocumentString(`
    query StatementsPartners {
  projects {
    code
    partners {
      role
      organisation {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsPartnersQuery, StatementsPartnersQueryVariables>;
export const SummariesRaceParticipationDocument = new TypedDocumentString(`
    query SummariesRaceParticipation($filter: ReportFilter) {
  participation(filter: $filter) {
    project {
      code
    }
    peopleReached
  }
}
    `) as unknown as TypedDocumentString<SummariesRaceParticipationQuery, SummariesRaceParticipationQueryVariables>;
export const SummariesFiguresDocument = new TypedDocumentString(`
    query SummariesFigures($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    enrolled
    employed
  }
  participation(filter: $filter) {
    peopleReached
    attendances
    anonymousHeadcount
  }
  debtRecovery(filter: $filter) {
    arrearsAtEnrolment
    totalRecovered
  }
  esfIndicators(filter: $filter) {
    code
    total
  }
}
    `) as unknown as TypedDocumentString<SummariesFiguresQuery, SummariesFiguresQueryVariables>;
export const TimeoutsRecordActivityDocument = new TypedDocumentString(`
    mutation TimeoutsRecordActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TimeoutsRecordActivityMutation, TimeoutsRecordActivityMutationVariables>;
export const TimeoutsImportDocument = new TypedDocumentString(`
    mutation TimeoutsImport($csv: String!, $fileName: String) {
  importFile(kind: ATTENDANCE, csv: $csv, fileName: $fileName) {
    written
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TimeoutsImportMutation, TimeoutsImportMutationVariables>;