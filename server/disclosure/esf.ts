import { ESF_INDICATORS, type EsfResult, type IndicatorRow } from '../reporting/esf-indicators.js';
import type { OutcomesResult } from '../reporting/outcomes.js';
import type { Disclosure } from './audience.js';
import { perturbCount } from './cell-key.js';
import { publishedEnrolled } from './outcomes.js';
import { suppressCells, type Cell } from './suppression.js';

/** An indicator as shown: a hidden count is null, and `suppressed` says a count of the line is. */
export type IndicatorView = Omit<IndicatorRow, 'women' | 'men' | 'total'> & { women: Cell; men: Cell; total: Cell; suppressed: boolean };

/** The labour-market partition of the complete records: PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05. */
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Column = (typeof COLUMNS)[number];
const SEXES = [
  ['women', 'FEMALE'],
  ['men', 'MALE'],
] as const;

/** The identities a reader sees among one table's cells ("CODE:column"). */
const ESF_GROUPS: string[][] = [
  ...ESF_INDICATORS.map((i) => COLUMNS.map((c) => `${i.code}:${c}`)),
  ...COLUMNS.map((c) => PARTITION.map((code) => `${code}:${c}`)),
];
/** The participants total is the scope's enrolments, shown in every table: never blank. */
const ESF_FIXED = new Set(['PARTICIPANTS:total']);

function cells(table: IndicatorRow[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of table) values.set(`${row.code}:women`, row.women).set(`${row.code}:men`, row.men).set(`${row.code}:total`, row.total);
  return values;
}

/**
 * The published table of a scope: each project's cell (indicator, sex) perturbed on its own, the
 * participants by sex taken from the outcomes' published enrolments (the same people, so the same
 * figure in both), and the scope's cells their sums. A person who re-entered a project is one
 * participant and two enrolments (the re-entry rule, server/db/sql/re_entry.sql): the
 * participants are then the published enrolments less the published re-entries, a cell of their
 * own (zero, and so unchanged, where nobody re-entered).
 */
function publishedTable(report: EsfResult, secret: Buffer, outcomes: OutcomesResult): IndicatorRow[] {
  const enrolled = publishedEnrolled(outcomes, secret);
  const sums = new Map<string, number>();
  for (const project of report.projects) {
    for (const row of project.indicators) {
      for (const [column, sex] of SEXES) {
        let value: number;
        if (row.code === 'PARTICIPANTS') {
          const enrolments = outcomes.projectSex.get(project.code)?.get(sex)?.enrolled ?? 0;
          const reEntries = perturbCount(secret, `esf/${project.code}/RE_ENTRIES/${sex}`, Math.max(0, enrolments - row[column]));
          value = Math.max(0, (enrolled.get(`${project.code}/${sex}`) ?? 0) - reEntries);
        } else {
          value = perturbCount(secret, `esf/${project.code}/${row.code}/${sex}`, row[column]);
        }
        sums.set(`${row.code}:${column}`, (sums.get(`${row.code}:${column}`) ?? 0) + value);
      }
    }
  }
  return report.indicators.map((row) => {
    const women = sums.get(`${row.code}:women`) ?? 0;
    const men = sums.get(`${row.code}:men`) ?? 0;
    return { ...row, women, men, total: women + men };
  });
}

/**
 * The ESF indicators as shown. The protected view publishes the perturbed table (publishedTable),
 * then shows as null its counts from 1 to threshold-1 (and, within the table, a second cell of an
 * identity that would give one back by subtraction); the participants total is always shown.
 * `outcomes` is the same scope's outcomes report (needed by the protected view).
 */
export function esfView(report: EsfResult, disclosure: Disclosure, outcomes?: OutcomesResult): IndicatorView[] {
  if (disclosure.audience === 'EXACT') return report.indicators.map((row) => ({ ...row, suppressed: false }));
  if (!outcomes) throw new Error('the protected ESF view needs the outcomes report of the same scope');
  const table = publishedTable(report, disclosure.secret, outcomes);
  const hidden = suppressCells(cells(table), ESF_GROUPS, disclosure.threshold, { fixed: ESF_FIXED });
  return table.map((row) => {
    const cell = (c: Column): Cell => (hidden.has(`${row.code}:${c}`) ? null : row[c]);
    return {
      ...row,
      women: cell('women'),
      men: cell('men'),
      total: cell('total'),
      suppressed: COLUMNS.some((c) => hidden.has(`${row.code}:${c}`)),
    };
  });
}
