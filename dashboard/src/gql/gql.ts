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
    "query DebtPanel($filter: ReportFilter) {\n  debtRecovery(filter: $filter) {\n    asOf\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n        endDate\n      }\n    }\n  }\n  disclosurePolicy {\n    yourFigures\n    maxMoneyNoise\n  }\n}": typeof types.DebtPanelDocument,
    "query EsfPanel($filter: ReportFilter, $asOf: Date) {\n  esfIndicators(filter: $filter) {\n    code\n    name\n    women\n    men\n    total\n    suppressed\n  }\n  disclosurePolicy(asOf: $asOf) {\n    threshold\n    yourFigures\n    esfIndicatorsAsOf\n  }\n}": typeof types.EsfPanelDocument,
    "query FundingPanel($filter: ReportFilter) {\n  fundingSummary(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n        alerRole\n      }\n      awarded\n      allowancesCommitted\n      withheld\n    }\n  }\n}": typeof types.FundingPanelDocument,
    "query Headline($filter: ReportFilter) {\n  programme {\n    usesSyntheticData\n  }\n  projects {\n    code\n    name\n    municipality\n  }\n  fundingSummary(filter: $filter) {\n    asOf\n    totalAwarded\n  }\n  participation(filter: $filter) {\n    target\n  }\n  peopleReached(filter: $filter) {\n    distinct\n    sumOverProjects\n  }\n  employmentOutcomes(filter: $filter) {\n    enrolled\n    employed\n  }\n  disclosurePolicy {\n    yourFigures\n    threshold\n    maxNoise\n    maxMoneyNoise\n  }\n  debtRecovery(filter: $filter) {\n    arrearsAtEnrolment\n    totalRecovered\n  }\n}": typeof types.HeadlineDocument,
    "query ProgrammeDates {\n  projects {\n    code\n    startDate\n    endDate\n  }\n}": typeof types.ProgrammeDatesDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) {\n    asOf\n    title\n    markdown\n    html\n    usesSyntheticData\n  }\n}": typeof types.NewsletterDraftDocument,
    "query OutcomesPanel($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n      }\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n  }\n}": typeof types.OutcomesPanelDocument,
    "query ReachOverTimePanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      endDate\n    }\n    target\n    cumulative {\n      month\n      value\n    }\n    targetReachedMonth\n    projectedTargetMonth\n  }\n}": typeof types.ReachOverTimePanelDocument,
    "query ReachPanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      name\n    }\n    target\n    peopleReached\n    shareOfTarget\n  }\n}": typeof types.ReachPanelDocument,
};
const documents: Documents = {
    "query DebtPanel($filter: ReportFilter) {\n  debtRecovery(filter: $filter) {\n    asOf\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n        endDate\n      }\n    }\n  }\n  disclosurePolicy {\n    yourFigures\n    maxMoneyNoise\n  }\n}": types.DebtPanelDocument,
    "query EsfPanel($filter: ReportFilter, $asOf: Date) {\n  esfIndicators(filter: $filter) {\n    code\n    name\n    women\n    men\n    total\n    suppressed\n  }\n  disclosurePolicy(asOf: $asOf) {\n    threshold\n    yourFigures\n    esfIndicatorsAsOf\n  }\n}": types.EsfPanelDocument,
    "query FundingPanel($filter: ReportFilter) {\n  fundingSummary(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n        alerRole\n      }\n      awarded\n      allowancesCommitted\n      withheld\n    }\n  }\n}": types.FundingPanelDocument,
    "query Headline($filter: ReportFilter) {\n  programme {\n    usesSyntheticData\n  }\n  projects {\n    code\n    name\n    municipality\n  }\n  fundingSummary(filter: $filter) {\n    asOf\n    totalAwarded\n  }\n  participation(filter: $filter) {\n    target\n  }\n  peopleReached(filter: $filter) {\n    distinct\n    sumOverProjects\n  }\n  employmentOutcomes(filter: $filter) {\n    enrolled\n    employed\n  }\n  disclosurePolicy {\n    yourFigures\n    threshold\n    maxNoise\n    maxMoneyNoise\n  }\n  debtRecovery(filter: $filter) {\n    arrearsAtEnrolment\n    totalRecovered\n  }\n}": types.HeadlineDocument,
    "query ProgrammeDates {\n  projects {\n    code\n    startDate\n    endDate\n  }\n}": types.ProgrammeDatesDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) {\n    asOf\n    title\n    markdown\n    html\n    usesSyntheticData\n  }\n}": types.NewsletterDraftDocument,
    "query OutcomesPanel($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n      }\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n  }\n}": types.OutcomesPanelDocument,
    "query ReachOverTimePanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      endDate\n    }\n    target\n    cumulative {\n      month\n      value\n    }\n    targetReachedMonth\n    projectedTargetMonth\n  }\n}": types.ReachOverTimePanelDocument,
    "query ReachPanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      name\n    }\n    target\n    peopleReached\n    shareOfTarget\n  }\n}": types.ReachPanelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DebtPanel($filter: ReportFilter) {\n  debtRecovery(filter: $filter) {\n    asOf\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n        endDate\n      }\n    }\n  }\n  disclosurePolicy {\n    yourFigures\n    maxMoneyNoise\n  }\n}"): typeof import('./graphql.js').DebtPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EsfPanel($filter: ReportFilter, $asOf: Date) {\n  esfIndicators(filter: $filter) {\n    code\n    name\n    women\n    men\n    total\n    suppressed\n  }\n  disclosurePolicy(asOf: $asOf) {\n    threshold\n    yourFigures\n    esfIndicatorsAsOf\n  }\n}"): typeof import('./graphql.js').EsfPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundingPanel($filter: ReportFilter) {\n  fundingSummary(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n        alerRole\n      }\n      awarded\n      allowancesCommitted\n      withheld\n    }\n  }\n}"): typeof import('./graphql.js').FundingPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Headline($filter: ReportFilter) {\n  programme {\n    usesSyntheticData\n  }\n  projects {\n    code\n    name\n    municipality\n  }\n  fundingSummary(filter: $filter) {\n    asOf\n    totalAwarded\n  }\n  participation(filter: $filter) {\n    target\n  }\n  peopleReached(filter: $filter) {\n    distinct\n    sumOverProjects\n  }\n  employmentOutcomes(filter: $filter) {\n    enrolled\n    employed\n  }\n  disclosurePolicy {\n    yourFigures\n    threshold\n    maxNoise\n    maxMoneyNoise\n  }\n  debtRecovery(filter: $filter) {\n    arrearsAtEnrolment\n    totalRecovered\n  }\n}"): typeof import('./graphql.js').HeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeDates {\n  projects {\n    code\n    startDate\n    endDate\n  }\n}"): typeof import('./graphql.js').ProgrammeDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) {\n    asOf\n    title\n    markdown\n    html\n    usesSyntheticData\n  }\n}"): typeof import('./graphql.js').NewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesPanel($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) {\n    asOf\n    projects {\n      project {\n        code\n        name\n      }\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n  }\n}"): typeof import('./graphql.js').OutcomesPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachOverTimePanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      endDate\n    }\n    target\n    cumulative {\n      month\n      value\n    }\n    targetReachedMonth\n    projectedTargetMonth\n  }\n}"): typeof import('./graphql.js').ReachOverTimePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachPanel($filter: ReportFilter) {\n  participation(filter: $filter) {\n    asOf\n    project {\n      code\n      name\n    }\n    target\n    peopleReached\n    shareOfTarget\n  }\n}"): typeof import('./graphql.js').ReachPanelDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
