/**
 * What the attack achieved, against the truth: which small counts (1 to threshold − 1) below
 * programme level the solver determined exactly — finest cells, their totals over sex, and the
 * flows between consecutive dates — and whether the solver stayed sound (the truth always within
 * the bounds it found: otherwise the model assumes something the hub does not do).
 */
import { cell, specOf, type AttackModel, type PublicAnswers, type Sex, cents, endOfMonth, ESF_CODES, MEASURES } from './model.js';

/** True values of finest cells (and the enrolled per sex), by `${name}@${date}`. */
export type Truth = Map<string, number>;

export function truthValue(truth: Truth, name: string, date: string): number | undefined {
  const direct = truth.get(`${name}@${date}`);
  if (direct !== undefined) return direct;
  const parts = specOf(name).parts;
  if (!parts) return undefined;
  let sum = 0;
  for (const part of parts) {
    const value = truthValue(truth, part, date);
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

export interface AuditReport {
  /** Count cells and flows checked against a known truth. */
  checked: number;
  /** Of those, with a true value from 1 to threshold − 1. */
  small: number;
  /** Small ones the solver pinned to their true value (lo = hi = truth): what leaked. */
  pinned: string[];
  /** Truths outside the solver's bounds: the model is wrong somewhere. */
  unsound: string[];
}

export function audit(model: AttackModel, truth: Truth, threshold: number): AuditReport {
  const report: AuditReport = { checked: 0, small: 0, pinned: [], unsound: [] };
  const check = (label: string, variable: number, value: number | undefined, isCount: boolean) => {
    if (value === undefined) return;
    const { lo, hi } = model.bounds(variable);
    if (value < lo || value > hi) report.unsound.push(`${label}: true ${value} outside [${lo}, ${hi}]`);
    if (!isCount) return;
    report.checked += 1;
    if (value < 1 || value >= threshold) return;
    report.small += 1;
    if (lo === value && hi === value) report.pinned.push(`${label} = ${value}`);
  };
  for (const c of model.cells()) {
    check(`${c.name} @ ${c.date}`, c.variable, truthValue(truth, c.name, c.date), specOf(c.name).kind === 'count');
  }
  for (const f of model.flowVariables()) {
    const [to, from] = [truthValue(truth, f.name, f.to), truthValue(truth, f.name, f.from)];
    const value = to === undefined || from === undefined ? undefined : to - from;
    check(`flow ${f.name} ${f.from} → ${f.to}`, f.variable, value, specOf(f.name).kind === 'count');
  }
  return report;
}

/**
 * The truth as a key holder reads it: exact answers for single projects (ESF by sex, outcomes by
 * sex and contract type, participation and its monthly series, debt), and for all projects the
 * distinct people reached.
 */
export function truthFromExactAnswers(answers: Iterable<PublicAnswers>): Truth {
  const truth: Truth = new Map();
  const set = (name: string, date: string, value: number | null) => {
    if (value === null) throw new Error(`exact answers have no blanks (${name} @ ${date})`);
    truth.set(`${name}@${date}`, value);
  };
  for (const a of answers) {
    if (a.projectCodes === null && a.peopleReached) set(cell.reachDistinct(), a.peopleReached.asOf, a.peopleReached.distinct);
    if (a.projectCodes?.length !== 1) continue;
    const p = a.projectCodes[0]!;
    for (const row of a.esf ?? []) {
      set(cell.esf(p, row.code, 'F'), a.asOf, row.women);
      set(cell.esf(p, row.code, 'M'), a.asOf, row.men);
    }
    if (a.outcomes) {
      for (const row of a.outcomes.bySex) {
        const sex: Sex = row.sex === 'FEMALE' ? 'F' : 'M';
        for (const m of MEASURES) set(cell.outcome(p, m, sex), a.outcomes.asOf, row[m]);
      }
      for (const c of a.outcomes.projects.find((row) => row.projectCode === p)?.byContractType ?? []) {
        set(cell.contract(p, c.contractType), a.outcomes.asOf, c.count);
      }
    }
    for (const row of a.participation ?? []) {
      set(cell.participation(p, 'peopleReached'), row.asOf, row.peopleReached);
      set(cell.participation(p, 'attendances'), row.asOf, row.attendances);
      set(cell.participation(p, 'anonymousHeadcount'), row.asOf, row.anonymousHeadcount);
      for (const point of row.cumulative) {
        if (point.month !== row.asOf.slice(0, 7)) set(cell.participation(p, 'peopleReached'), endOfMonth(point.month), point.value);
      }
    }
    const debt = a.debt?.projects.find((row) => row.projectCode === p);
    if (debt) {
      set(cell.debt(p, 'arrears'), a.debt!.asOf, cents(debt.arrearsAtEnrolment));
      set(cell.debt(p, 'repaid'), a.debt!.asOf, cents(debt.recoveredFromRepayments));
      set(cell.debt(p, 'withheld'), a.debt!.asOf, cents(debt.recoveredFromWithholding));
    }
  }
  return truth;
}

/** The ESF indicators that describe a participant at entry (the outputs): an attribute of the person. */
const ATTRIBUTES = ESF_CODES.filter((code) => code === 'INCOMPLETE' || (code.startsWith('CO') && code !== 'CO01'));

export interface AttributeReport {
  /** Project-sex-months in which exactly one participant was enrolled, times the attributes that person has. */
  opportunities: number;
  /** Of those, the ones where the published figures prove the cell grew (its flow is at least 1). */
  proven: string[];
}

/**
 * Attribute disclosure to someone who knows, from outside, that one person was the only
 * participant of their sex enrolled in a project in a month: every attribute cell whose flow that
 * month the published figures prove to be at least 1 is an attribute of that person.
 */
export function attributeDisclosures(model: AttackModel, truth: Truth): AttributeReport {
  const report: AttributeReport = { opportunities: 0, proven: [] };
  const flow = (name: string, from: string, to: string) => {
    const [a, b] = [truthValue(truth, name, to), truthValue(truth, name, from)];
    return a === undefined || b === undefined ? undefined : a - b;
  };
  for (const f of model.flowVariables()) {
    const [family, project, code, sex] = f.name.split('/') as [string, string, string, Sex | 'T'];
    if (family !== 'esf' || sex === 'T' || !ATTRIBUTES.includes(code as (typeof ATTRIBUTES)[number])) continue;
    if (flow(cell.outcome(project, 'enrolled', sex), f.from, f.to) !== 1 || flow(f.name, f.from, f.to) !== 1) continue;
    report.opportunities += 1;
    if (model.bounds(f.variable).lo >= 1) report.proven.push(`${f.name} ${f.from} → ${f.to}`);
  }
  return report;
}
