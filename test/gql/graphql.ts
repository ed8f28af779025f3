/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ALER Milano's role: lead applicant or partner. */
export type AlerRole =
  | 'LEAD'
  | 'PARTNER';

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

export type ExitOutcome =
  | 'EMPLOYED'
  | 'UNSUCCESSFUL'
  | 'WITHDRAWN';

export type Language =
  | 'EN'
  | 'IT';

export type OrganisationKind =
  | 'HOUSING_AGENCY'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'SOCIAL_COOPERATIVE';

/** Which projects, as of which day. Omitted fields: all projects, today. */
export type ReportFilter = {
  /** As things stood at the end of this day; omitted = today (Italian time). */
  asOf?: string | null | undefined;
  /** Project codes; omitted = all projects. */
  projectCodes?: Array<string | number> | null | undefined;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

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

export type NewsletterDraftQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  language?: Language | null | undefined;
}>;


export type NewsletterDraftQuery = { newsletterUpdate: { asOf: string, language: Language, title: string, markdown: string, html: string, usesSyntheticData: boolean } };

export type OperationsAnalystKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsAnalystKeyMutation = { createApiKey: { token: string } };

export type ArticleProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProjectsQuery = { projects: Array<{ code: string, name: string, municipality: string, place: string | null, alerRole: AlerRole, awarded: string, startDate: string, endDate: string, participantTarget: number, involvementTarget: number, allowance: string, withholdingShare: number, assumedFields: Array<string>, partners: Array<{ role: string, organisation: { name: string, kind: OrganisationKind } }> }> };

export type ArticleProjectByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProjectByCodeQuery = { known: { name: string, municipality: string } | null, unknown: { name: string } | null };

export type ArticleProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleProgrammeQuery = { programme: { code: string, axis: string, actions: Array<string>, callTitle: string, fundedListPublishedOn: string | null } };

export type DemoDashboardQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type DemoDashboardQuery = { fundingSummary: { asOf: string, totalAwarded: string, allowancesCommitted: string, withheld: string, byRole: Array<{ alerRole: AlerRole, projectCount: number, awarded: string }>, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string, name: string, alerRole: AlerRole, partners: Array<{ organisation: { name: string } }> } }> }, participation: Array<{ target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, pacePerMonth: number | null, targetReachedMonth: string | null, projectedTargetMonth: string | null, project: { code: string, name: string }, cumulative: Array<{ month: string, value: number }> }>, employmentOutcomes: { enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, employmentRate: number | null, byContractType: Array<{ contractType: ContractType, count: number | null }>, bySex: Array<{ sex: Sex, enrolled: number | null, employed: number | null }>, projects: Array<{ enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, project: { code: string } }> }, debtRecovery: { arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, outstanding: string, recoveryRate: number | null, cumulative: Array<{ month: string, value: number }>, monthly: Array<{ month: string, repayments: string, withholding: string, total: string }>, projects: Array<{ arrearsAtEnrolment: string, recoveredFromRepayments: string, recoveredFromWithholding: string, totalRecovered: string, project: { code: string } }> }, esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null }> };

export type ReportingFundingQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingFundingQuery = { fundingSummary: { asOf: string, totalAwarded: string, allowancesCommitted: string, withheld: string, byRole: Array<{ alerRole: AlerRole, projectCount: number, awarded: string }>, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string } }> } };

export type ReportingParticipationQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportingParticipationQuery = { participation: Array<{ asOf: string, target: number, peopleReached: number, attendances: number, anonymousHeadcount: number, shareOfTarget: number, pacePerMonth: number | null, targetReachedMonth: string | null, projectedTargetMonth: string | null, project: { code: string }, cumulative: Array<{ month: string, value: number }> }> };

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

export type SuppressionEsfQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SuppressionEsfQuery = { esfIndicators: Array<{ code: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }> };

export type SuppressionOutcomesQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SuppressionOutcomesQuery = { employmentOutcomes: { enrolled: number, inProgress: number, employed: number, unsuccessful: number, withdrawn: number, byContractType: Array<{ contractType: ContractType, count: number | null, suppressed: boolean }>, bySex: Array<{ sex: Sex, enrolled: number | null, inProgress: number | null, employed: number | null, unsuccessful: number | null, withdrawn: number | null, employmentRate: number | null, suppressed: boolean }> } };

export type SuppressionReachOverTimeQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SuppressionReachOverTimeQuery = { participation: Array<{ peopleReached: number, pacePerMonth: number | null, cumulative: Array<{ month: string, value: number }> }> };

export type SuppressionReachMonthsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SuppressionReachMonthsQuery = { participation: Array<{ cumulative: Array<{ month: string }> }> };

export type SuppressionDebtQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type SuppressionDebtQuery = { debtRecovery: { totalRecovered: string, monthly: Array<{ month: string, total: string }>, cumulative: Array<{ month: string }> } };

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
export const OperationsAnalystKeyDocument = new TypedDocumentString(`
    mutation OperationsAnalystKey {
  createApiKey(input: {role: ANALYST, label: "Regione"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<OperationsAnalystKeyMutation, OperationsAnalystKeyMutationVariables>;
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
export const SuppressionEsfDocument = new TypedDocumentString(`
    query SuppressionEsf($filter: ReportFilter) {
  esfIndicators(filter: $filter) {
    code
    women
    men
    total
    suppressed
  }
}
    `) as unknown as TypedDocumentString<SuppressionEsfQuery, SuppressionEsfQueryVariables>;
export const SuppressionOutcomesDocument = new TypedDocumentString(`
    query SuppressionOutcomes($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    enrolled
    inProgress
    employed
    unsuccessful
    withdrawn
    byContractType {
      contractType
      count
      suppressed
    }
    bySex {
      sex
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
      employmentRate
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionOutcomesQuery, SuppressionOutcomesQueryVariables>;
export const SuppressionReachOverTimeDocument = new TypedDocumentString(`
    query SuppressionReachOverTime($filter: ReportFilter) {
  participation(filter: $filter) {
    peopleReached
    pacePerMonth
    cumulative {
      month
      value
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionReachOverTimeQuery, SuppressionReachOverTimeQueryVariables>;
export const SuppressionReachMonthsDocument = new TypedDocumentString(`
    query SuppressionReachMonths($filter: ReportFilter) {
  participation(filter: $filter) {
    cumulative {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionReachMonthsQuery, SuppressionReachMonthsQueryVariables>;
export const SuppressionDebtDocument = new TypedDocumentString(`
    query SuppressionDebt($filter: ReportFilter) {
  debtRecovery(filter: $filter) {
    totalRecovered
    monthly {
      month
      total
    }
    cumulative {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionDebtQuery, SuppressionDebtQueryVariables>;