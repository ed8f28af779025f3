import type { Texts } from './it.js';

/** Every text of the dashboard, in English (the second language). */
export const en: Texts = {
  title: 'Neighbourhood Social Labs',
  subtitle: 'ALER Milano · ESF Lombardy 2014-2020, Axis II, actions 9.1.3 and 9.4.2',
  demoBanner: 'Demo data: the figures come from a synthetic population, not from real people.',
  allProjects: 'All projects',
  project: 'Project',
  asOf: 'As of',
  language: 'Italiano',
  key: 'API key',
  keyPrompt: 'API key (kept for this browser session only):',
  keyActive: 'Signed in with a key: exact figures',
  keyNone: 'Public access: published figures, protected',
  publicFigures: (p) =>
    `Public access: figures of the monthly release as of ${p.release}. To protect people, each basic count (by project, sex and item) ` +
    `is perturbed by at most ${p.maxNoise} and totals are their sums; each amount of a project, by at most ${p.maxMoney}; ` +
    `counts from 1 to ${p.threshold - 1} by sex or indicator read “< ${p.threshold}”.`,
  asOfWhy: (p) =>
    (p.reason === 'programmeEnd'
      ? `Figures as of ${p.day}, the end of the programme: the projects closed on ${p.end}. To see another day, change “As of”.`
      : p.reason === 'today'
        ? `Figures as of today, ${p.day}${p.end ? `: the programme runs until ${p.end}` : ''}.`
        : `Figures as of ${p.day}, the day chosen${p.start && p.end ? ` (the programme: ${p.start} to ${p.end})` : ''}.`) +
    (p.release ? ` The public gets the figures of the monthly release as of ${p.release}.` : ''),
  signOut: 'Sign out',
  loading: 'Loading…',
  retry: 'Retry',
  apiDown: 'The figures could not be loaded. The service may be unreachable.',
  refused: 'The service refused this request for the key in use: the key may not run it (for instance with TRUSTED_DOCUMENTS=true).',
  empty: 'Nothing recorded yet for this selection.',
  headline: {
    awarded: 'Funding awarded',
    reached: 'People reached',
    reachedSummed: 'People reached, summed over the projects',
    reachedOf: (target: string, perProject: string | null) =>
      perProject === null ? `of ${target} targeted` : `${perProject} counting each project on its own, of ${target} targeted`,
    employed: 'Participants in work',
    employedOf: (enrolled: string) => `of ${enrolled} on the path`,
    recovered: 'Rent debt recovered',
    recoveredOf: (arrears: string) => `of ${arrears} at selection`,
    asOf: (date: string) => `as of ${date}`,
  },
  newsletter: {
    open: 'Newsletter',
    close: 'Dashboard',
    heading: 'Draft for ALER FUTURA',
    copy: 'Copy the text (Markdown)',
    copied: 'Text copied',
    print: 'Print',
    charts: 'Charts for print',
  },
  panels: {
    funding: 'Funding per project',
    reach: 'People reached against the 500 target',
    reachOverTime: 'People reached over time, summed over the projects',
    outcomes: 'Outcomes of the reintegration path',
    debt: 'Rent debt recovered over time',
    esf: 'ESF common indicators',
  },
  series: {
    lead: 'ALER lead',
    partner: 'ALER partner',
    reached: 'People reached',
    target: 'Target',
    employed: 'In work',
    unsuccessful: 'Unsuccessful',
    withdrawn: 'Withdrawn',
    inProgress: 'In progress',
    repayments: 'Repayments',
    withholding: 'Withheld from the allowance',
    projected: (month: string) => `At the pace of the last three months, target reached in ${month}.`,
    reachedIn: (month: string) => `Target reached in ${month}.`,
    until: (month: string) => `The figures no longer change after ${month}: the chart stops there.`,
  },
  debtNote: {
    published: (asOf, maxMoney) =>
      `Cumulative amounts at each month end, as the monthly release publishes them (the latest as of ${asOf}). To protect people, each project’s amount is perturbed by at most ${maxMoney}, so a total may dip slightly from one month to the next.`,
    exact: (asOf) => `Cumulative amounts at each month end; the last point is as of ${asOf}.`,
  },
  files: {
    funding: 'funding',
    reach: 'people-reached',
    reachOverTime: 'people-reached-over-time',
    outcomes: 'outcomes',
    debt: 'rent-debt-recovered',
    esf: 'esf-indicators',
    allProjects: 'all-projects',
  },
  /** English: the Regulation's names, as the API gives them. */
  esfNames: {},
  esf: {
    asOf: (date, annual) =>
      annual ? `Figures as of ${date}: the ESF indicators are published once a year, as of 31 December.` : `Figures as of ${date}.`,
    code: 'Code',
    name: 'Indicator',
    women: 'Women',
    men: 'Men',
    total: 'Total',
    suppressedWhy: (threshold) =>
      `A published count below ${threshold}, not shown to protect people’s privacy (or because it would reveal another one).`,
  },
  table: {
    show: 'Table',
    hide: 'Chart',
    png: 'PNG',
    csv: 'CSV',
    month: 'Month',
    projectColumn: 'Project',
    role: 'ALER’s role',
    awarded: 'Funding awarded (€)',
    share: '% of target',
    repayments: 'Repayments (€)',
    withholding: 'Withheld from the allowance (€)',
  },
  footer: 'Every figure is defined in',
  footerApi: 'GraphQL API: /graphql',
};
