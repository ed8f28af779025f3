/**
 * The ESF indicators by calendar year, in the layout of the Annual Implementation Report's ESF
 * tables: for each indicator, the participants counted in each year — the table as of 31 December
 * of that year minus the table as of 31 December of the year before — and the cumulative table as
 * of the last year end, by sex, for the scope and for each of its projects.
 *
 * It is built from the tables the caller gets as of each year end (esfView, for the scope and for
 * each project as its own scope): exact for keys; for the public the yearly releases themselves,
 * so every public annual value is the difference of two published cumulative values (null when
 * either is null) and says nothing the two releases do not, and every public cumulative value is
 * the published one. A public annual value can be negative: the two releases carry independent
 * noise (docs/disclosure.md).
 */
import { esfOfProject, type EsfResult, type IndicatorRow } from '../reporting/esf-indicators.js';
import { outcomesOfProject, type OutcomesResult } from '../reporting/outcomes.js';
import type { Disclosure } from './audience.js';
import { esfView, type IndicatorView } from './esf.js';
import type { Cell } from './suppression.js';

/** The exact reports of the scope as of 31 December of `year` (outcomes: for the public view only). */
export interface YearEndReports {
  year: number;
  esf: EsfResult;
  outcomes?: OutcomesResult;
}

export interface SexCells {
  women: Cell;
  men: Cell;
  total: Cell;
}

export type AnnualIndicatorView = Pick<IndicatorRow, 'code' | 'name' | 'kind' | 'sensitive'> & {
  /** Participants counted in each year, in the order of the years. */
  annual: (SexCells & { year: number })[];
  /** As of 31 December of the last year. */
  cumulative: SexCells;
};

export interface EsfAnnualView {
  years: number[];
  /** The last year end: the cumulative values are as of it. */
  asOf: string;
  indicators: AnnualIndicatorView[];
  projects: { code: string; indicators: AnnualIndicatorView[] }[];
}

const difference = (later: Cell, earlier: Cell): Cell => (later === null || earlier === null ? null : later - earlier);

/** One table's annual rows from its year-end tables: tables[0] is the year before the first. */
function annualRows(tables: IndicatorView[][], years: number[]): AnnualIndicatorView[] {
  const byCode = tables.map((table) => new Map(table.map((row) => [row.code, row])));
  return tables.at(-1)!.map((last) => ({
    code: last.code,
    name: last.name,
    kind: last.kind,
    sensitive: last.sensitive,
    annual: years.map((year, i) => {
      const before = byCode[i]!.get(last.code)!;
      const after = byCode[i + 1]!.get(last.code)!;
      return {
        year,
        women: difference(after.women, before.women),
        men: difference(after.men, before.men),
        total: difference(after.total, before.total),
      };
    }),
    cumulative: { women: last.women, men: last.men, total: last.total },
  }));
}

/**
 * The annual table of a scope and of each of `projectCodes` (the scope's projects, in order).
 * `yearEnds` holds the reports as of each year end in order, from the year before the first year
 * to the last; each project's table is the one the caller gets when asking for that project alone.
 */
export function esfAnnualView(yearEnds: YearEndReports[], projectCodes: string[], disclosure: Disclosure): EsfAnnualView {
  if (yearEnds.length < 2) throw new Error('the annual table needs the year end before the first year and at least one more');
  const years = yearEnds.slice(1).map((r) => r.year);
  const tablesOf = (code: string | null) =>
    yearEnds.map(({ esf, outcomes }) =>
      code === null
        ? esfView(esf, disclosure, outcomes)
        : esfView(esfOfProject(esf, code), disclosure, outcomes && outcomesOfProject(outcomes, code)),
    );
  return {
    years,
    asOf: yearEnds.at(-1)!.esf.asOf,
    indicators: annualRows(tablesOf(null), years),
    projects: projectCodes.map((code) => ({ code, indicators: annualRows(tablesOf(code), years) })),
  };
}
