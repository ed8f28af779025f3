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
import { perturbCount } from './cell-key.js';
import { suppressCells } from './suppression.js';

/** Employed exits of one contract type, as shown: null when hidden. */
export interface ContractCountView {
  contractType: ContractTypeKey;
  count: number | null;
  suppressed: boolean;
}

/** Totals (never blank) and the breakdown by contract type. */
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
/** The partition of a project's enrolments by where they stand: the cells the cell key method perturbs. */
const PARTITION = ['inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
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

/** The identities a reader sees: women + men = total per measure; enrolled = the rest per sex; contracts = employed. */
const OUTCOME_GROUPS: string[][] = [
  ...MEASURES.map((m) => [`${m}:F`, `${m}:M`, `${m}:T`]),
  ...Object.values(SEXES).map((s) => MEASURES.map((m) => `${m}:${s}`)),
  [...CONTRACT_TYPES.map((c) => `contract:${c}`), 'employed:T'],
];
/** Totals: shown as published. */
const OUTCOME_FIXED = new Set(MEASURES.map((m) => `${m}:T`));

function addTallies(a: Tally, b: Tally): Tally {
  const out: Tally = { ...a };
  for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const)
    out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return out;
}

/**
 * The published tallies of each project and sex: the partition (in progress, employed,
 * unsuccessful, withdrawn) perturbed cell by cell, enrolled their sum; employed exits by contract
 * type perturbed per project (on the women's tally; the men's carries none), so they need not add
 * up to employed.
 */
function publishedTallies(report: OutcomesResult, secret: Buffer): Map<string, Map<string, Tally>> {
  const out = new Map<string, Map<string, Tally>>();
  for (const [code, bySex] of report.projectSex) {
    const published = new Map<string, Tally>();
    for (const sex of Object.keys(SEXES)) {
      const counts = outcomeCounts(bySex.get(sex) ?? ZERO_TALLY);
      const [inProgress, employed, unsuccessful, withdrawn] = PARTITION.map((m) =>
        perturbCount(secret, `outcomes/${code}/${sex}/${m}`, counts[m]),
      ) as [number, number, number, number];
      published.set(sex, { enrolled: inProgress + employed + unsuccessful + withdrawn, employed, unsuccessful, withdrawn });
    }
    const women = published.get('FEMALE')!;
    for (const contract of CONTRACT_TYPES) {
      const exact = [...bySex.values()].reduce((sum, tally) => sum + (tally[contract] ?? 0), 0);
      women[contract] = perturbCount(secret, `outcomes/${code}/contract/${contract}`, exact);
    }
    out.set(code, published);
  }
  return out;
}

/** Published enrolments per "PROJECT/SEX" (the ESF participants are the same people: the same figure). */
export function publishedEnrolled(report: OutcomesResult, secret: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, bySex] of publishedTallies(report, secret)) for (const [sex, tally] of bySex) out.set(`${code}/${sex}`, tally.enrolled);
  return out;
}

const contracts = (counts: OutcomeCounts['byContractType'], hidden: ReadonlySet<string>): ContractCountView[] =>
  counts.map((c) => (hidden.has(`contract:${c.contractType}`) ? { ...c, count: null, suppressed: true } : { ...c, suppressed: false }));

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();
const sumOf = (tallies: Iterable<Tally>): Tally => [...tallies].reduce(addTallies, ZERO_TALLY);

/**
 * Employment outcomes as shown. The protected view publishes the perturbed tallies
 * (publishedTallies) and their sums per project, by sex and over the scope; breakdown cells (by
 * sex, by contract type) whose published value is 1 to threshold-1 are null, with a second cell of
 * an identity within the table; totals are shown as published.
 */
export function outcomesView(report: OutcomesResult, disclosure: Disclosure): OutcomesView {
  if (disclosure.audience === 'EXACT') {
    const { projectSex: _finest, ...totals } = report;
    return {
      ...totals,
      byContractType: contracts(report.byContractType, NOTHING_HIDDEN),
      projects: report.projects.map((p) => ({ ...p, byContractType: contracts(p.byContractType, NOTHING_HIDDEN) })),
      bySex: report.bySex.map((row) => ({ ...row, suppressed: false })),
    };
  }
  const { threshold, secret } = disclosure;
  const published = publishedTallies(report, secret);
  const scopeBySex = new Map<string, Tally>();
  for (const bySex of published.values()) {
    for (const [sex, tally] of bySex) scopeBySex.set(sex, addTallies(scopeBySex.get(sex) ?? ZERO_TALLY, tally));
  }
  const hidden = suppressCells(outcomeCells(scopeBySex), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED });
  const total = outcomeCounts(sumOf(scopeBySex.values()));
  return {
    asOf: report.asOf,
    ...total,
    byContractType: contracts(total.byContractType, hidden),
    projects: report.projects.map((p) => {
      const bySex = published.get(p.code);
      if (!bySex) return { ...p, byContractType: contracts(p.byContractType, NOTHING_HIDDEN) };
      const counts = outcomeCounts(sumOf(bySex.values()));
      const inProject = suppressCells(outcomeCells(bySex), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED });
      return { code: p.code, ...counts, byContractType: contracts(counts.byContractType, inProject) };
    }),
    bySex: Object.entries(SEXES).map(([sex, letter]) => {
      const { byContractType: _omitted, ...counts } = outcomeCounts(scopeBySex.get(sex) ?? ZERO_TALLY);
      const shown: SexCountsView = { sex, ...counts, suppressed: false };
      const gone = MEASURES.filter((m) => hidden.has(`${m}:${letter}`));
      if (gone.length === 0) return shown;
      for (const m of gone) shown[m] = null;
      return { ...shown, suppressed: true, employmentRate: null };
    }),
  };
}
