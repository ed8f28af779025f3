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

/** Presence at an activity: a registered person, or a headcount of people not registered. */
export type AttendanceInput = {
  activityId: string | number;
  anonymousHeadcount?: number | null | undefined;
  personId?: string | number | null | undefined;
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

export type WorkspaceCaseFilesAwaitingQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkspaceCaseFilesAwaitingQuery = { caseFilesAwaitingCommittee: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, openedOn: string, statusChangedOn: string, project: { code: string }, person: { id: string } } }> } };

export type WorkspaceCorrectEnrolmentMutationVariables = Exact<{
  input: CorrectEnrolmentInput;
}>;


export type WorkspaceCorrectEnrolmentMutation = { correctEnrolment: { id: string, warnings: Array<string> } };

export type WorkspaceCorrectRepaymentMutationVariables = Exact<{
  input: CorrectRepaymentInput;
}>;


export type WorkspaceCorrectRepaymentMutation = { correctRepayment: { id: string } };

export type WorkspaceEnrolPersonMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type WorkspaceEnrolPersonMutation = { enrolPerson: { id: string, warnings: Array<string> } };

export type WorkspaceEnrolmentsOverdueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkspaceEnrolmentsOverdueQuery = { enrolmentsOverdue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, selectedOn: string, exitedOn: string | null, pathEndsOn: string, project: { code: string }, person: { id: string }, followUpWindow: { from: string, to: string } | null } }> } };

export type WorkspaceFollowUpsDueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkspaceFollowUpsDueQuery = { followUpsDue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, selectedOn: string, exitedOn: string | null, pathEndsOn: string, project: { code: string }, person: { id: string }, followUpWindow: { from: string, to: string } | null } }> } };

export type WorkspaceImportFileMutationVariables = Exact<{
  kind: ImportKind;
  csv: string;
  fileName?: string | null | undefined;
  dryRun: boolean;
}>;


export type WorkspaceImportFileMutation = { importFile: { kind: ImportKind, dryRun: boolean, written: boolean, rows: number, skipped: number, created: { people: number, enrolments: number, activities: number, attendances: number }, errors: Array<{ row: number, column: string, message: string }> } };

export type WorkspacePeopleQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspacePeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sex: Sex, birthYear: number, projectCodes: Array<string>, enrolments: Array<{ id: string, selectedOn: string, arrearsAtEnrolment: string, exitedOn: string | null, outcome: ExitOutcome | null, pathEndsOn: string, project: { code: string }, followUpWindow: { from: string, to: string } | null, followUp: { observedOn: string } | null, repayments: Array<{ id: string, paidOn: string, amount: string }> }> } }> } };

export type WorkspaceRecordActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type WorkspaceRecordActivityMutation = { recordActivity: { id: string } };

export type WorkspaceRecordAttendanceMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type WorkspaceRecordAttendanceMutation = { recordAttendance: { id: string } };

export type WorkspaceRecordExitMutationVariables = Exact<{
  input: ExitInput;
}>;


export type WorkspaceRecordExitMutation = { recordExit: { id: string, warnings: Array<string> } };

export type WorkspaceRecordFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type WorkspaceRecordFollowUpMutation = { recordFollowUp: { id: string } };

export type WorkspaceRecordRepaymentMutationVariables = Exact<{
  input: RepaymentInput;
}>;


export type WorkspaceRecordRepaymentMutation = { recordRepayment: { id: string } };

export type WorkspaceRegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type WorkspaceRegisterPersonMutation = { registerPerson: { id: string } };

export type WorkspaceSignInQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceSignInQuery = { projects: Array<{ code: string, name: string }>, people: { totalCount: number } };

export type WorkspaceVoidRecordMutationVariables = Exact<{
  input: VoidInput;
}>;


export type WorkspaceVoidRecordMutation = { voidRecord: boolean };

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

export const WorkspaceCaseFilesAwaitingDocument = new TypedDocumentString(`
    query WorkspaceCaseFilesAwaiting($after: String) {
  caseFilesAwaitingCommittee(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        project {
          code
        }
        person {
          id
        }
        openedOn
        statusChangedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCaseFilesAwaitingQuery, WorkspaceCaseFilesAwaitingQueryVariables>;
export const WorkspaceCorrectEnrolmentDocument = new TypedDocumentString(`
    mutation WorkspaceCorrectEnrolment($input: CorrectEnrolmentInput!) {
  correctEnrolment(input: $input) {
    id
    warnings
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCorrectEnrolmentMutation, WorkspaceCorrectEnrolmentMutationVariables>;
export const WorkspaceCorrectRepaymentDocument = new TypedDocumentString(`
    mutation WorkspaceCorrectRepayment($input: CorrectRepaymentInput!) {
  correctRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCorrectRepaymentMutation, WorkspaceCorrectRepaymentMutationVariables>;
export const WorkspaceEnrolPersonDocument = new TypedDocumentString(`
    mutation WorkspaceEnrolPerson($input: EnrolInput!) {
  enrolPerson(input: $input) {
    id
    warnings
  }
}
    `) as unknown as TypedDocumentString<WorkspaceEnrolPersonMutation, WorkspaceEnrolPersonMutationVariables>;
export const WorkspaceEnrolmentsOverdueDocument = new TypedDocumentString(`
    query WorkspaceEnrolmentsOverdue($after: String) {
  enrolmentsOverdue(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        project {
          code
        }
        person {
          id
        }
        selectedOn
        exitedOn
        pathEndsOn
        followUpWindow {
          from
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceEnrolmentsOverdueQuery, WorkspaceEnrolmentsOverdueQueryVariables>;
export const WorkspaceFollowUpsDueDocument = new TypedDocumentString(`
    query WorkspaceFollowUpsDue($after: String) {
  followUpsDue(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        project {
          code
        }
        person {
          id
        }
        selectedOn
        exitedOn
        pathEndsOn
        followUpWindow {
          from
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceFollowUpsDueQuery, WorkspaceFollowUpsDueQueryVariables>;
export const WorkspaceImportFileDocument = new TypedDocumentString(`
    mutation WorkspaceImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean!) {
  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {
    kind
    dryRun
    written
    rows
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
    `) as unknown as TypedDocumentString<WorkspaceImportFileMutation, WorkspaceImportFileMutationVariables>;
export const WorkspacePeopleDocument = new TypedDocumentString(`
    query WorkspacePeople($filter: PeopleFilter, $after: String) {
  people(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        sex
        birthYear
        projectCodes
        enrolments {
          id
          project {
            code
          }
          selectedOn
          arrearsAtEnrolment
          exitedOn
          outcome
          pathEndsOn
          followUpWindow {
            from
            to
          }
          followUp {
            observedOn
          }
          repayments {
            id
            paidOn
            amount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePeopleQuery, WorkspacePeopleQueryVariables>;
export const WorkspaceRecordActivityDocument = new TypedDocumentString(`
    mutation WorkspaceRecordActivity($input: ActivityInput!) {
  recordActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordActivityMutation, WorkspaceRecordActivityMutationVariables>;
export const WorkspaceRecordAttendanceDocument = new TypedDocumentString(`
    mutation WorkspaceRecordAttendance($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordAttendanceMutation, WorkspaceRecordAttendanceMutationVariables>;
export const WorkspaceRecordExitDocument = new TypedDocumentString(`
    mutation WorkspaceRecordExit($input: ExitInput!) {
  recordExit(input: $input) {
    id
    warnings
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordExitMutation, WorkspaceRecordExitMutationVariables>;
export const WorkspaceRecordFollowUpDocument = new TypedDocumentString(`
    mutation WorkspaceRecordFollowUp($input: FollowUpInput!) {
  recordFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordFollowUpMutation, WorkspaceRecordFollowUpMutationVariables>;
export const WorkspaceRecordRepaymentDocument = new TypedDocumentString(`
    mutation WorkspaceRecordRepayment($input: RepaymentInput!) {
  recordRepayment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordRepaymentMutation, WorkspaceRecordRepaymentMutationVariables>;
export const WorkspaceRegisterPersonDocument = new TypedDocumentString(`
    mutation WorkspaceRegisterPerson($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRegisterPersonMutation, WorkspaceRegisterPersonMutationVariables>;
export const WorkspaceSignInDocument = new TypedDocumentString(`
    query WorkspaceSignIn {
  projects {
    code
    name
  }
  people(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSignInQuery, WorkspaceSignInQueryVariables>;
export const WorkspaceVoidRecordDocument = new TypedDocumentString(`
    mutation WorkspaceVoidRecord($input: VoidInput!) {
  voidRecord(input: $input)
}
    `) as unknown as TypedDocumentString<WorkspaceVoidRecordMutation, WorkspaceVoidRecordMutationVariables>;