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
    "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": typeof types.ExportsAnalystKeyDocument,
    "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": typeof types.ExportsEsfDocument,
    "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }": typeof types.ExportsProjectsDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }": typeof types.NewsletterDraftDocument,
    "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": typeof types.OperationsAnalystKeyDocument,
    "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }": typeof types.ArticleProjectsDocument,
    "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }": typeof types.ArticleProjectByCodeDocument,
    "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }": typeof types.ArticleProgrammeDocument,
    "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}": typeof types.DemoDashboardDocument,
    "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }": typeof types.ReportingFundingDocument,
    "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }": typeof types.ReportingParticipationDocument,
    "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }": typeof types.ReportingOutcomesDocument,
    "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }": typeof types.ReportingDebtDocument,
    "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": typeof types.ReportingEsfDocument,
    "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }": typeof types.ReportingEsfAtEntryDocument,
    "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }": typeof types.ReportingBeforeTheLabsDocument,
    "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }": typeof types.SnapshotsFreezeAnnualDocument,
    "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }": typeof types.SnapshotsCorrectArrearsDocument,
    "query SnapshotsList { reportSnapshots { id sha256 } }": typeof types.SnapshotsListDocument,
    "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }": typeof types.SnapshotsDiffLiveDocument,
    "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }": typeof types.SnapshotsFreezeCorrectedDocument,
    "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }": typeof types.SnapshotsDiffBetweenDocument,
    "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }": typeof types.SnapshotsDiffSinceDocument,
    "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }": typeof types.SnapshotsFreezeDocument,
    "query StatementsPartners { projects { code partners { role organisation { name } } } }": typeof types.StatementsPartnersDocument,
    "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }": typeof types.SuppressionEsfDocument,
    "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }": typeof types.SuppressionOutcomesDocument,
    "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }": typeof types.SuppressionReachOverTimeDocument,
    "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }": typeof types.SuppressionReachMonthsDocument,
    "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }": typeof types.SuppressionDebtDocument,
};
const documents: Documents = {
    "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": types.ExportsAnalystKeyDocument,
    "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": types.ExportsEsfDocument,
    "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }": types.ExportsProjectsDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }": types.NewsletterDraftDocument,
    "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": types.OperationsAnalystKeyDocument,
    "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }": types.ArticleProjectsDocument,
    "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }": types.ArticleProjectByCodeDocument,
    "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }": types.ArticleProgrammeDocument,
    "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}": types.DemoDashboardDocument,
    "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }": types.ReportingFundingDocument,
    "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }": types.ReportingParticipationDocument,
    "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }": types.ReportingOutcomesDocument,
    "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }": types.ReportingDebtDocument,
    "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": types.ReportingEsfDocument,
    "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }": types.ReportingEsfAtEntryDocument,
    "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }": types.ReportingBeforeTheLabsDocument,
    "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }": types.SnapshotsFreezeAnnualDocument,
    "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }": types.SnapshotsCorrectArrearsDocument,
    "query SnapshotsList { reportSnapshots { id sha256 } }": types.SnapshotsListDocument,
    "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }": types.SnapshotsDiffLiveDocument,
    "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }": types.SnapshotsFreezeCorrectedDocument,
    "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }": types.SnapshotsDiffBetweenDocument,
    "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }": types.SnapshotsDiffSinceDocument,
    "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }": types.SnapshotsFreezeDocument,
    "query StatementsPartners { projects { code partners { role organisation { name } } } }": types.StatementsPartnersDocument,
    "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }": types.SuppressionEsfDocument,
    "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }": types.SuppressionOutcomesDocument,
    "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }": types.SuppressionReachOverTimeDocument,
    "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }": types.SuppressionReachMonthsDocument,
    "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }": types.SuppressionDebtDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }"): typeof import('./graphql.js').ExportsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }"): typeof import('./graphql.js').ExportsEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }"): typeof import('./graphql.js').ExportsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }"): typeof import('./graphql.js').NewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }"): typeof import('./graphql.js').OperationsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }"): typeof import('./graphql.js').ArticleProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }"): typeof import('./graphql.js').ArticleProjectByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }"): typeof import('./graphql.js').ArticleProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}"): typeof import('./graphql.js').DemoDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }"): typeof import('./graphql.js').ReportingFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }"): typeof import('./graphql.js').ReportingParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }"): typeof import('./graphql.js').ReportingOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }"): typeof import('./graphql.js').ReportingDebtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }"): typeof import('./graphql.js').ReportingEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }"): typeof import('./graphql.js').ReportingEsfAtEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }"): typeof import('./graphql.js').ReportingBeforeTheLabsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }"): typeof import('./graphql.js').SnapshotsFreezeAnnualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }"): typeof import('./graphql.js').SnapshotsCorrectArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsList { reportSnapshots { id sha256 } }"): typeof import('./graphql.js').SnapshotsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }"): typeof import('./graphql.js').SnapshotsDiffLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }"): typeof import('./graphql.js').SnapshotsFreezeCorrectedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }"): typeof import('./graphql.js').SnapshotsDiffBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }"): typeof import('./graphql.js').SnapshotsDiffSinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }"): typeof import('./graphql.js').SnapshotsFreezeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsPartners { projects { code partners { role organisation { name } } } }"): typeof import('./graphql.js').StatementsPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }"): typeof import('./graphql.js').SuppressionEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }"): typeof import('./graphql.js').SuppressionOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }"): typeof import('./graphql.js').SuppressionReachOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }"): typeof import('./graphql.js').SuppressionReachMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }"): typeof import('./graphql.js').SuppressionDebtDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
