/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query WorkspaceCaseFilesAwaiting($after: String) {\n  caseFilesAwaitingCommittee(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        openedOn\n        statusChangedOn\n      }\n    }\n  }\n}": typeof types.WorkspaceCaseFilesAwaitingDocument,
    "mutation WorkspaceCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) {\n    id\n    warnings\n  }\n}": typeof types.WorkspaceCorrectEnrolmentDocument,
    "mutation WorkspaceCorrectRepayment($input: CorrectRepaymentInput!) {\n  correctRepayment(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceCorrectRepaymentDocument,
    "mutation WorkspaceEnrolPerson($input: EnrolInput!) {\n  enrolPerson(input: $input) {\n    id\n    warnings\n  }\n}": typeof types.WorkspaceEnrolPersonDocument,
    "query WorkspaceEnrolmentsOverdue($after: String) {\n  enrolmentsOverdue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}": typeof types.WorkspaceEnrolmentsOverdueDocument,
    "query WorkspaceFollowUpsDue($after: String) {\n  followUpsDue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}": typeof types.WorkspaceFollowUpsDueDocument,
    "mutation WorkspaceImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean!) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    kind\n    dryRun\n    written\n    rows\n    skipped\n    created {\n      people\n      enrolments\n      activities\n      attendances\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n}": typeof types.WorkspaceImportFileDocument,
    "query WorkspacePeople($filter: PeopleFilter, $after: String) {\n  people(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        sex\n        birthYear\n        projectCodes\n        enrolments {\n          id\n          project {\n            code\n          }\n          selectedOn\n          arrearsAtEnrolment\n          exitedOn\n          outcome\n          pathEndsOn\n          followUpWindow {\n            from\n            to\n          }\n          followUp {\n            observedOn\n          }\n          repayments {\n            id\n            paidOn\n            amount\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WorkspacePeopleDocument,
    "mutation WorkspaceRecordActivity($input: ActivityInput!) {\n  recordActivity(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceRecordActivityDocument,
    "mutation WorkspaceRecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceRecordAttendanceDocument,
    "mutation WorkspaceRecordExit($input: ExitInput!) {\n  recordExit(input: $input) {\n    id\n    warnings\n  }\n}": typeof types.WorkspaceRecordExitDocument,
    "mutation WorkspaceRecordFollowUp($input: FollowUpInput!) {\n  recordFollowUp(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceRecordFollowUpDocument,
    "mutation WorkspaceRecordRepayment($input: RepaymentInput!) {\n  recordRepayment(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceRecordRepaymentDocument,
    "mutation WorkspaceRegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n  }\n}": typeof types.WorkspaceRegisterPersonDocument,
    "query WorkspaceSignIn {\n  projects {\n    code\n    name\n  }\n  people(first: 1) {\n    totalCount\n  }\n}": typeof types.WorkspaceSignInDocument,
    "mutation WorkspaceVoidRecord($input: VoidInput!) {\n  voidRecord(input: $input)\n}": typeof types.WorkspaceVoidRecordDocument,
};
const documents: Documents = {
    "query WorkspaceCaseFilesAwaiting($after: String) {\n  caseFilesAwaitingCommittee(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        openedOn\n        statusChangedOn\n      }\n    }\n  }\n}": types.WorkspaceCaseFilesAwaitingDocument,
    "mutation WorkspaceCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) {\n    id\n    warnings\n  }\n}": types.WorkspaceCorrectEnrolmentDocument,
    "mutation WorkspaceCorrectRepayment($input: CorrectRepaymentInput!) {\n  correctRepayment(input: $input) {\n    id\n  }\n}": types.WorkspaceCorrectRepaymentDocument,
    "mutation WorkspaceEnrolPerson($input: EnrolInput!) {\n  enrolPerson(input: $input) {\n    id\n    warnings\n  }\n}": types.WorkspaceEnrolPersonDocument,
    "query WorkspaceEnrolmentsOverdue($after: String) {\n  enrolmentsOverdue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}": types.WorkspaceEnrolmentsOverdueDocument,
    "query WorkspaceFollowUpsDue($after: String) {\n  followUpsDue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}": types.WorkspaceFollowUpsDueDocument,
    "mutation WorkspaceImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean!) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    kind\n    dryRun\n    written\n    rows\n    skipped\n    created {\n      people\n      enrolments\n      activities\n      attendances\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n}": types.WorkspaceImportFileDocument,
    "query WorkspacePeople($filter: PeopleFilter, $after: String) {\n  people(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        sex\n        birthYear\n        projectCodes\n        enrolments {\n          id\n          project {\n            code\n          }\n          selectedOn\n          arrearsAtEnrolment\n          exitedOn\n          outcome\n          pathEndsOn\n          followUpWindow {\n            from\n            to\n          }\n          followUp {\n            observedOn\n          }\n          repayments {\n            id\n            paidOn\n            amount\n          }\n        }\n      }\n    }\n  }\n}": types.WorkspacePeopleDocument,
    "mutation WorkspaceRecordActivity($input: ActivityInput!) {\n  recordActivity(input: $input) {\n    id\n  }\n}": types.WorkspaceRecordActivityDocument,
    "mutation WorkspaceRecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n  }\n}": types.WorkspaceRecordAttendanceDocument,
    "mutation WorkspaceRecordExit($input: ExitInput!) {\n  recordExit(input: $input) {\n    id\n    warnings\n  }\n}": types.WorkspaceRecordExitDocument,
    "mutation WorkspaceRecordFollowUp($input: FollowUpInput!) {\n  recordFollowUp(input: $input) {\n    id\n  }\n}": types.WorkspaceRecordFollowUpDocument,
    "mutation WorkspaceRecordRepayment($input: RepaymentInput!) {\n  recordRepayment(input: $input) {\n    id\n  }\n}": types.WorkspaceRecordRepaymentDocument,
    "mutation WorkspaceRegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n  }\n}": types.WorkspaceRegisterPersonDocument,
    "query WorkspaceSignIn {\n  projects {\n    code\n    name\n  }\n  people(first: 1) {\n    totalCount\n  }\n}": types.WorkspaceSignInDocument,
    "mutation WorkspaceVoidRecord($input: VoidInput!) {\n  voidRecord(input: $input)\n}": types.WorkspaceVoidRecordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceCaseFilesAwaiting($after: String) {\n  caseFilesAwaitingCommittee(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        openedOn\n        statusChangedOn\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceCaseFilesAwaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) {\n    id\n    warnings\n  }\n}"): typeof import('./graphql.js').WorkspaceCorrectEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceCorrectRepayment($input: CorrectRepaymentInput!) {\n  correctRepayment(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceCorrectRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceEnrolPerson($input: EnrolInput!) {\n  enrolPerson(input: $input) {\n    id\n    warnings\n  }\n}"): typeof import('./graphql.js').WorkspaceEnrolPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceEnrolmentsOverdue($after: String) {\n  enrolmentsOverdue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceEnrolmentsOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFollowUpsDue($after: String) {\n  followUpsDue(first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        project {\n          code\n        }\n        person {\n          id\n        }\n        selectedOn\n        exitedOn\n        pathEndsOn\n        followUpWindow {\n          from\n          to\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceFollowUpsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean!) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    kind\n    dryRun\n    written\n    rows\n    skipped\n    created {\n      people\n      enrolments\n      activities\n      attendances\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspacePeople($filter: PeopleFilter, $after: String) {\n  people(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        sex\n        birthYear\n        projectCodes\n        enrolments {\n          id\n          project {\n            code\n          }\n          selectedOn\n          arrearsAtEnrolment\n          exitedOn\n          outcome\n          pathEndsOn\n          followUpWindow {\n            from\n            to\n          }\n          followUp {\n            observedOn\n          }\n          repayments {\n            id\n            paidOn\n            amount\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WorkspacePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordActivity($input: ActivityInput!) {\n  recordActivity(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceRecordActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordExit($input: ExitInput!) {\n  recordExit(input: $input) {\n    id\n    warnings\n  }\n}"): typeof import('./graphql.js').WorkspaceRecordExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordFollowUp($input: FollowUpInput!) {\n  recordFollowUp(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceRecordFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordRepayment($input: RepaymentInput!) {\n  recordRepayment(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceRecordRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').WorkspaceRegisterPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceSignIn {\n  projects {\n    code\n    name\n  }\n  people(first: 1) {\n    totalCount\n  }\n}"): typeof import('./graphql.js').WorkspaceSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceVoidRecord($input: VoidInput!) {\n  voidRecord(input: $input)\n}"): typeof import('./graphql.js').WorkspaceVoidRecordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
