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
    "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }": typeof types.DataEntryRegisterDocument,
    "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }": typeof types.DataEntryEnrolDocument,
    "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }": typeof types.DataEntryExitDocument,
    "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }": typeof types.DataEntryRepayDocument,
    "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }": typeof types.DataEntryActivityDocument,
    "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }": typeof types.DataEntryAttendDocument,
    "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}": typeof types.DataEntryFiguresDocument,
    "query DataEntryProjectsByToken { projects { code } }": typeof types.DataEntryProjectsByTokenDocument,
    "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }": typeof types.DataEntryPersonAsPublicDocument,
    "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }": typeof types.DataEntryPersonAsAdminDocument,
    "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }": typeof types.DataEntryAuditLogDocument,
};
const documents: Documents = {
    "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }": types.DataEntryRegisterDocument,
    "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }": types.DataEntryEnrolDocument,
    "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }": types.DataEntryExitDocument,
    "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }": types.DataEntryRepayDocument,
    "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }": types.DataEntryActivityDocument,
    "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }": types.DataEntryAttendDocument,
    "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}": types.DataEntryFiguresDocument,
    "query DataEntryProjectsByToken { projects { code } }": types.DataEntryProjectsByTokenDocument,
    "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }": types.DataEntryPersonAsPublicDocument,
    "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }": types.DataEntryPersonAsAdminDocument,
    "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }": types.DataEntryAuditLogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }"): typeof import('./graphql.js').DataEntryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }"): typeof import('./graphql.js').DataEntryEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }"): typeof import('./graphql.js').DataEntryExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }"): typeof import('./graphql.js').DataEntryRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }"): typeof import('./graphql.js').DataEntryActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }"): typeof import('./graphql.js').DataEntryAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}"): typeof import('./graphql.js').DataEntryFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryProjectsByToken { projects { code } }"): typeof import('./graphql.js').DataEntryProjectsByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }"): typeof import('./graphql.js').DataEntryPersonAsPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }"): typeof import('./graphql.js').DataEntryPersonAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }"): typeof import('./graphql.js').DataEntryAuditLogDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
