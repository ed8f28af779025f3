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

/** EXACT: figures as recorded (callers with a key). PROTECTED: the public release (docs/disclosure.md). */
export type FiguresAudience =
  | 'EXACT'
  | 'PROTECTED';

export type Language =
  | 'EN'
  | 'IT';

/** Which projects, as of which day. Omitted fields: all projects, today. */
export type ReportFilter = {
  /** As things stood at the end of this day; omitted = today (Italian time). */
  asOf?: string | null | undefined;
  /** Project codes; omitted = all projects. */
  projectCodes?: Array<string | number> | null | undefined;
};

export type DebtPanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type DebtPanelQuery = { debtRecovery: { asOf: string, monthly: Array<{ month: string, repayments: string, withholding: string, total: string }>, projects: Array<{ project: { code: string, endDate: string } }> }, disclosurePolicy: { yourFigures: FiguresAudience, maxMoneyNoise: string } };

export type EsfPanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type EsfPanelQuery = { esfIndicators: Array<{ code: string, name: string, women: number | null, men: number | null, total: number | null, suppressed: boolean }>, disclosurePolicy: { threshold: number, yourFigures: FiguresAudience, esfIndicatorsAsOf: string } };

export type FundingPanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type FundingPanelQuery = { fundingSummary: { asOf: string, projects: Array<{ awarded: string, allowancesCommitted: string, withheld: string, project: { code: string, name: string, alerRole: AlerRole } }> } };

export type HeadlineQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type HeadlineQuery = { programme: { usesSyntheticData: boolean }, projects: Array<{ code: string, name: string, municipality: string }>, fundingSummary: { asOf: string, totalAwarded: string }, participation: Array<{ target: number }>, peopleReached: { distinct: number | null, sumOverProjects: number }, employmentOutcomes: { enrolled: number, employed: number }, disclosurePolicy: { yourFigures: FiguresAudience, threshold: number, maxNoise: number, maxMoneyNoise: string }, debtRecovery: { arrearsAtEnrolment: string, totalRecovered: string } };

export type ProgrammeDatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeDatesQuery = { projects: Array<{ code: string, startDate: string, endDate: string }> };

export type NewsletterDraftQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  language?: Language | null | undefined;
}>;


export type NewsletterDraftQuery = { newsletterUpdate: { asOf: string, title: string, markdown: string, html: string, usesSyntheticData: boolean } };

export type OutcomesPanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type OutcomesPanelQuery = { employmentOutcomes: { asOf: string, projects: Array<{ employed: number, unsuccessful: number, withdrawn: number, inProgress: number, project: { code: string, name: string } }> } };

export type ReachOverTimePanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReachOverTimePanelQuery = { participation: Array<{ asOf: string, target: number, targetReachedMonth: string | null, projectedTargetMonth: string | null, project: { code: string, endDate: string }, cumulative: Array<{ month: string, value: number }> }> };

export type ReachPanelQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReachPanelQuery = { participation: Array<{ asOf: string, target: number, peopleReached: number, shareOfTarget: number, project: { code: string, name: string } }> };

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

export const DebtPanelDocument = new TypedDocumentString(`
    query DebtPanel($filter: ReportFilter) {
  debtRecovery(filter: $filter) {
    asOf
    monthly {
      month
      repayments
      withholding
      total
    }
    projects {
      project {
        code
        endDate
      }
    }
  }
  disclosurePolicy {
    yourFigures
    maxMoneyNoise
  }
}
    `) as unknown as TypedDocumentString<DebtPanelQuery, DebtPanelQueryVariables>;
export const EsfPanelDocument = new TypedDocumentString(`
    query EsfPanel($filter: ReportFilter, $asOf: Date) {
  esfIndicators(filter: $filter) {
    code
    name
    women
    men
    total
    suppressed
  }
  disclosurePolicy(asOf: $asOf) {
    threshold
    yourFigures
    esfIndicatorsAsOf
  }
}
    `) as unknown as TypedDocumentString<EsfPanelQuery, EsfPanelQueryVariables>;
export const FundingPanelDocument = new TypedDocumentString(`
    query FundingPanel($filter: ReportFilter) {
  fundingSummary(filter: $filter) {
    asOf
    projects {
      project {
        code
        name
        alerRole
      }
      awarded
      allowancesCommitted
      withheld
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPanelQuery, FundingPanelQueryVariables>;
export const HeadlineDocument = new TypedDocumentString(`
    query Headline($filter: ReportFilter) {
  programme {
    usesSyntheticData
  }
  projects {
    code
    name
    municipality
  }
  fundingSummary(filter: $filter) {
    asOf
    totalAwarded
  }
  participation(filter: $filter) {
    target
  }
  peopleReached(filter: $filter) {
    distinct
    sumOverProjects
  }
  employmentOutcomes(filter: $filter) {
    enrolled
    employed
  }
  disclosurePolicy {
    yourFigures
    threshold
    maxNoise
    maxMoneyNoise
  }
  debtRecovery(filter: $filter) {
    arrearsAtEnrolment
    totalRecovered
  }
}
    `) as unknown as TypedDocumentString<HeadlineQuery, HeadlineQueryVariables>;
export const ProgrammeDatesDocument = new TypedDocumentString(`
    query ProgrammeDates {
  projects {
    code
    startDate
    endDate
  }
}
    `) as unknown as TypedDocumentString<ProgrammeDatesQuery, ProgrammeDatesQueryVariables>;
export const NewsletterDraftDocument = new TypedDocumentString(`
    query NewsletterDraft($filter: ReportFilter, $language: Language) {
  newsletterUpdate(filter: $filter, language: $language) {
    asOf
    title
    markdown
    html
    usesSyntheticData
  }
}
    `) as unknown as TypedDocumentString<NewsletterDraftQuery, NewsletterDraftQueryVariables>;
export const OutcomesPanelDocument = new TypedDocumentString(`
    query OutcomesPanel($filter: ReportFilter) {
  employmentOutcomes(filter: $filter) {
    asOf
    projects {
      project {
        code
        name
      }
      employed
      unsuccessful
      withdrawn
      inProgress
    }
  }
}
    `) as unknown as TypedDocumentString<OutcomesPanelQuery, OutcomesPanelQueryVariables>;
export const ReachOverTimePanelDocument = new TypedDocumentString(`
    query ReachOverTimePanel($filter: ReportFilter) {
  participation(filter: $filter) {
    asOf
    project {
      code
      endDate
    }
    target
    cumulative {
      month
      value
    }
    targetReachedMonth
    projectedTargetMonth
  }
}
    `) as unknown as TypedDocumentString<ReachOverTimePanelQuery, ReachOverTimePanelQueryVariables>;
export const ReachPanelDocument = new TypedDocumentString(`
    query ReachPanel($filter: ReportFilter) {
  participation(filter: $filter) {
    asOf
    project {
      code
      name
    }
    target
    peopleReached
    shareOfTarget
  }
}
    `) as unknown as TypedDocumentString<ReachPanelQuery, ReachPanelQueryVariables>;