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

/** A case file for a tenant who qualifies but is not registered with the employment agency. */
export type ArrearsCaseInput = {
  openedOn: string;
  personId: string | number;
  projectCode: string | number;
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
};

/** How and when a participant left the path. */
export type ExitInput = {
  /** Required for EMPLOYED, refused otherwise. */
  contractType?: ContractType | null | undefined;
  enrolmentId: string | number;
  exitedOn: string;
  /** Gained a qualification upon leaving (ESF CR03). */
  gainedQualification?: boolean | null | undefined;
  outcome: ExitOutcome;
};

export type ExitOutcome =
  | 'EMPLOYED'
  | 'UNSUCCESSFUL'
  | 'WITHDRAWN';

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
  lockPeriod(until: "1999-12-31", reason: "old lock") {
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