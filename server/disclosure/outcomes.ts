import {
  CONTRACT_TYPES,
  outcomeCounts,
  ZERO_TALLY,
  type ContractTypeKey,
  type OutcomeCounts,
  type OutcomesResult,
  type Tally,
} from '../reporting/outcomes.js';
import type { Disclosure } from './audience.js';
import { suppressCells } from './suppression.js';

/** Employed exits of one contract type, as shown: null when hidden. */
export interface ContractCountView {
  contractType: ContractTypeKey;
  count: number | null;
  suppressed: boolean;
}

/** Totals (never hidden: project totals are public) and the breakdown by contract type. */
export type OutcomeCountsView = Omit<OutcomeCounts, 'byContractType'> & { byContractType: ContractCountView[] };

/** The outcomes of one sex, as shown: a hidden count is null, and so is the rate then. */
export interface SexCountsView {
  sex: string;
  enrolled: number | null;
  inProgress: number | null;
  employed: number | null;
  unsuccessful: number | null;
  withdrawn: number | null;
  employmentRate: number | null;
  suppressed: boolean;
}

export interface OutcomesView extends OutcomeCountsView {
  asOf: string;
  projects: (OutcomeCountsView & { code: string })[];
  bySex: SexCountsView[];
}

const MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
const SEXES = { FEMALE: 'F', MALE: 'M' } as const;

/** One table's cells: each measure by sex (F, M) and in total (T), and employed exits by contract. */
function outcomeCells(bySex: Map<string, Tally>): Map<string, number> {
  const cells = new Map<string, number>();
  for (const measure of MEASURES) cells.set(`${measure}:T`, 0);
  for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, 0);
  for (const [sex, letter] of Object.entries(SEXES)) {
    const tally = bySex.get(sex) ?? ZERO_TALLY;
    const counts = outcomeCounts(tally);
    for (const measure of MEASURES) {
      cells.set(`${measure}:${letter}`, counts[measure]);
      cells.set(`${measure}:T`, cells.get(`${measure}:T`)! + counts[measure]);
    }
    for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, cells.get(`contract:${contract}`)! + (tally[contract] ?? 0));
  }
  return cells;
}

/** The identities the public knows: women + men = total per measure; enrolled = the rest per sex; contracts = employed. */
const OUTCOME_GROUPS: string[][] = [
  ...MEASURES.map((m) => [`${m}:F`, `${m}:M`, `${m}:T`]),
  ...Object.values(SEXES).map((s) => MEASURES.map((m) => `${m}:${s}`)),
  [...CONTRACT_TYPES.map((c) => `contract:${c}`), 'employed:T'],
];
/** Project (and programme) totals: published as they are. */
const OUTCOME_FIXED = new Set(MEASURES.map((m) => `${m}:T`));

function addTallies(a: Tally, b: Tally): Tally {
  const out: Tally = { ...a };
  for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const)
    out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return out;
}

const contracts = (counts: OutcomeCounts['byContractType'], hidden: ReadonlySet<string>): ContractCountView[] =>
  counts.map((c) => (hidden.has(`contract:${c.contractType}`) ? { ...c, count: null, suppressed: true } : { ...c, suppressed: false }));

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/**
 * Employment outcomes as shown. The protected view suppresses the breakdowns by sex and by
 * contract type (primary and secondary, per project, then over the scope only from cells
 * published in every project); totals, per project and overall, are shown as they are.
 */
export function outcomesView(report: OutcomesResult, disclosure: Disclosure): OutcomesView {
  let hidden: ReadonlySet<string> = NOTHING_HIDDEN;
  const hiddenByProject = new Map<string, ReadonlySet<string>>();
  if (disclosure.audience === 'PROTECTED') {
    const { threshold } = disclosure;
    const hiddenSomewhere = new Set<string>();
    const all = new Map<string, Tally>();
    for (const [code, bySex] of report.projectSex) {
      const inProject = suppressCells(outcomeCells(bySex), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED });
      hiddenByProject.set(code, inProject);
      for (const name of inProject) hiddenSomewhere.add(name);
      for (const [sex, tally] of bySex) {
        const acc = all.get(sex);
        all.set(sex, acc ? addTallies(acc, tally) : { ...tally });
      }
    }
    hidden = suppressCells(outcomeCells(all), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED, alsoHidden: hiddenSomewhere });
  }
  const { projectSex: _finest, ...totals } = report;
  return {
    ...totals,
    byContractType: contracts(report.byContractType, hidden),
    projects: report.projects.map((p) => ({
      ...p,
      byContractType: contracts(p.byContractType, hiddenByProject.get(p.code) ?? NOTHING_HIDDEN),
    })),
    bySex: report.bySex.map((row) => {
      const letter = SEXES[row.sex as keyof typeof SEXES];
      const gone = MEASURES.filter((m) => hidden.has(`${m}:${letter}`));
      const shown: SexCountsView = { ...row, suppressed: false };
      if (gone.length === 0) return shown;
      for (const m of gone) shown[m] = null;
      return { ...shown, suppressed: true, employmentRate: null };
    }),
  };
}
