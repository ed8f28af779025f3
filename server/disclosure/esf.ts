import { ESF_INDICATORS, type EsfResult, type IndicatorRow } from '../reporting/esf-indicators.js';
import type { Disclosure } from './audience.js';
import { suppressCells, type Cell } from './suppression.js';

/** An indicator as shown: a hidden count is null, and `suppressed` says a count of the line is. */
export type IndicatorView = Omit<IndicatorRow, 'women' | 'men' | 'total'> & { women: Cell; men: Cell; total: Cell; suppressed: boolean };

/** The labour-market partition of the complete records: PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05. */
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Column = (typeof COLUMNS)[number];

/** The identities the public knows among one table's cells ("CODE:column"). */
const ESF_GROUPS: string[][] = [
  ...ESF_INDICATORS.map((i) => COLUMNS.map((c) => `${i.code}:${c}`)),
  ...COLUMNS.map((c) => PARTITION.map((code) => `${code}:${c}`)),
];
/** The participants total of a project is a project total (published as `enrolled` too): never hidden. */
const ESF_FIXED = new Set(['PARTICIPANTS:total']);

function cells(table: IndicatorRow[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of table) values.set(`${row.code}:women`, row.women).set(`${row.code}:men`, row.men).set(`${row.code}:total`, row.total);
  return values;
}

/**
 * The ESF indicators as shown. The protected view suppresses every project's table on its own (so
 * the pattern does not depend on which projects a query names), then publishes a cell of the sum
 * over the scope only when every project's cell in it is published, and suppresses the summed
 * table again.
 */
export function esfView(report: EsfResult, disclosure: Disclosure): IndicatorView[] {
  if (disclosure.audience === 'EXACT') return report.indicators.map((row) => ({ ...row, suppressed: false }));
  const { threshold } = disclosure;
  // A project without any participant is a table of zeros: it hides nothing and adds nothing.
  const hiddenInSomeProject = new Set<string>();
  for (const project of report.projects) {
    for (const name of suppressCells(cells(project.indicators), ESF_GROUPS, threshold, { fixed: ESF_FIXED })) hiddenInSomeProject.add(name);
  }
  const hidden = suppressCells(cells(report.indicators), ESF_GROUPS, threshold, { fixed: ESF_FIXED, alsoHidden: hiddenInSomeProject });
  return report.indicators.map((row) => {
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
