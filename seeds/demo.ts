/**
 * The synthetic demo population: people, enrolments, exits, repayments, withholdings, follow-ups,
 * activities, attendances and arrears cases for the eight projects over their two years.
 *
 * Deterministic: the same seed and scale give the same rows, ids included. Every row is flagged
 * `synthetic`, so the hub can always say the figures are not real.
 */
import { createHash } from 'node:crypto';
import { addDays, addMonths } from '../server/dates.js';
import { applyShare } from '../server/money.js';

export interface DemoProject {
  code: string;
  startDate: string;
  endDate: string;
  participantTarget: number;
  involvementTarget: number;
  allowanceCents: bigint;
  withholdingShare: string;
}

export interface DemoOptions {
  /** 1 = about a hundred participants and five hundred people reached per project. */
  scale: number;
  seed: number;
}

export interface DemoData {
  people: {
    id: string[];
    fiscalCodeHash: string[];
    sex: string[];
    birthYear: number[];
    /** A day of the birth year: the people have no fiscal code, so any day is consistent. */
    birthDate: string[];
    education: (string | null)[];
    labourStatus: string[];
    joblessHousehold: (boolean | null)[];
    joblessHouseholdWithChildren: (boolean | null)[];
    singleAdultWithChildren: (boolean | null)[];
    migrantOrMinority: (boolean | null)[];
    disability: (boolean | null)[];
    otherDisadvantaged: (boolean | null)[];
    housingExclusion: (boolean | null)[];
  };
  enrolments: {
    id: string[];
    personId: string[];
    projectCode: string[];
    selectedOn: string[];
    arrearsCents: string[];
    exitedOn: (string | null)[];
    outcome: (string | null)[];
    contractType: (string | null)[];
    qualificationOnExit: (boolean | null)[];
    jobSearchingOnExit: (boolean | null)[];
    inEducationOrTrainingOnExit: (boolean | null)[];
  };
  followUps: { id: string[]; enrolmentId: string[]; observedOn: string[]; employed: boolean[]; improvedSituation: boolean[] };
  repayments: { id: string[]; enrolmentId: string[]; paidOn: string[]; amountCents: string[] };
  withholdings: { id: string[]; enrolmentId: string[]; withheldOn: string[]; amountCents: string[] };
  activities: { id: string[]; projectCode: string[]; kind: string[]; heldOn: string[]; title: string[] };
  attendances: { id: string[]; activityId: string[]; personId: (string | null)[]; anonymousHeadcount: (number | null)[] };
  arrearsCases: {
    id: string[];
    projectCode: string[];
    personId: string[];
    openedOn: string[];
    status: string[];
    statusChangedOn: string[];
  };
}

/** The day the simulated records stop: a few months after the labs end, for follow-ups and repayments. */
export const DEMO_DATA_END = '2021-02-28';

/** mulberry32: a small, fast, seedable PRNG; good enough for synthetic data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p: number): boolean {
      return next() < p;
    },
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    uuid(): string {
      const hex = Array.from({ length: 4 }, () => ((next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

/**
 * The title an activity gets when another one of the same day has it already: the next title of
 * its kind, else the title numbered ("Festa di cortile (2)"). No random draw, so the rest of the
 * population stays the same.
 */
function uniqueTitle(wanted: string, titles: readonly string[], taken: (title: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  const start = titles.indexOf(wanted);
  for (let i = 1; i < titles.length; i += 1) {
    const other = titles[(start + i) % titles.length]!;
    if (!taken(other)) return other;
  }
  for (let n = 2; ; n += 1) if (!taken(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

/** How each lab differs, so that the demo shows projects that do better and worse. */
const PROFILES: Record<string, { employment: number; withdrawal: number; reach: number; enrolment: number }> = {
  GOLAB: { employment: 0.42, withdrawal: 0.08, reach: 1.12, enrolment: 1.0 },
  PRO_SALOMONE: { employment: 0.48, withdrawal: 0.07, reach: 1.2, enrolment: 1.05 },
  FORNASE: { employment: 0.33, withdrawal: 0.12, reach: 0.86, enrolment: 0.92 },
  SAPERI: { employment: 0.38, withdrawal: 0.1, reach: 1.02, enrolment: 0.97 },
  NESSUNO_ESCLUSO: { employment: 0.3, withdrawal: 0.14, reach: 0.78, enrolment: 0.88 },
  LSQ_RHO: { employment: 0.27, withdrawal: 0.16, reach: 0.7, enrolment: 0.8 },
  QUARTIERE_IN_CORSO: { employment: 0.35, withdrawal: 0.11, reach: 0.95, enrolment: 0.95 },
  SESTOINSIEME: { employment: 0.4, withdrawal: 0.09, reach: 1.05, enrolment: 1.0 },
};
const DEFAULT_PROFILE = { employment: 0.35, withdrawal: 0.1, reach: 1, enrolment: 1 };

const ACTIVITY_TITLES: Record<string, string[]> = {
  SOCIAL_SUPPORT: ['Sportello di ascolto', 'Sportello casa e bollette', 'Accompagnamento ai servizi sociali'],
  COMMUNITY_ANIMATION: ['Festa di cortile', 'Cinema in cortile', 'Merenda tra vicini', 'Pranzo di quartiere'],
  INTEGRATION: ['Corso di italiano per stranieri', 'Caffè multiculturale', 'Mediazione dei conflitti di vicinato'],
  TRAINING: ['Corso di informatica di base', 'Laboratorio di cucina professionale', 'Corso HACCP', 'Corso di sartoria'],
  JOB_SUPPORT: ['Scrivere il curriculum', 'Simulazione di colloquio', 'Incontro con le agenzie per il lavoro'],
  SELF_MANAGEMENT: ["Assemblea dell'autogestione", 'Formazione per referenti di scala', 'Cura del verde condominiale'],
  ASSISTED_LIVING: ['Visite domiciliari agli anziani', 'Portierato sociale', 'Custodia sociale'],
  OUTREACH: ['Porta a porta con i servizi sociali', 'Punto informativo sul bando'],
  OTHER: ['Incontro pubblico', 'Laboratorio per bambini'],
};
const ACTIVITY_KINDS: [string, number][] = [
  ['SOCIAL_SUPPORT', 18],
  ['COMMUNITY_ANIMATION', 18],
  ['INTEGRATION', 10],
  ['TRAINING', 14],
  ['JOB_SUPPORT', 12],
  ['SELF_MANAGEMENT', 10],
  ['ASSISTED_LIVING', 8],
  ['OUTREACH', 6],
  ['OTHER', 4],
];

function emptyData(): DemoData {
  return {
    people: {
      id: [],
      fiscalCodeHash: [],
      sex: [],
      birthYear: [],
      birthDate: [],
      education: [],
      labourStatus: [],
      joblessHousehold: [],
      joblessHouseholdWithChildren: [],
      singleAdultWithChildren: [],
      migrantOrMinority: [],
      disability: [],
      otherDisadvantaged: [],
      housingExclusion: [],
    },
    enrolments: {
      id: [],
      personId: [],
      projectCode: [],
      selectedOn: [],
      arrearsCents: [],
      exitedOn: [],
      outcome: [],
      contractType: [],
      qualificationOnExit: [],
      jobSearchingOnExit: [],
      inEducationOrTrainingOnExit: [],
    },
    followUps: { id: [], enrolmentId: [], observedOn: [], employed: [], improvedSituation: [] },
    repayments: { id: [], enrolmentId: [], paidOn: [], amountCents: [] },
    withholdings: { id: [], enrolmentId: [], withheldOn: [], amountCents: [] },
    activities: { id: [], projectCode: [], kind: [], heldOn: [], title: [] },
    attendances: { id: [], activityId: [], personId: [], anonymousHeadcount: [] },
    arrearsCases: { id: [], projectCode: [], personId: [], openedOn: [], status: [], statusChangedOn: [] },
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A day of `year`, drawn from a hash of `key` rather than from the random stream, so that keeping
 * birth dates left the rest of the population (and its figures) as it was.
 */
function birthDateIn(year: number, key: string): string {
  const draw = createHash('sha256').update(`synthetic-birth-date:${key}`).digest().readUInt32BE(0);
  return addDays(`${year}-01-01`, draw % daysBetween(`${year}-01-01`, `${year + 1}-01-01`));
}

/**
 * A chance drawn from a hash of `key` rather than from the random stream, like birthDateIn, so
 * that recording the situation upon leaving left the rest of the population as it was.
 */
function hashedChance(p: number, key: string): boolean {
  return createHash('sha256').update(`synthetic-exit:${key}`).digest().readUInt32BE(0) / 2 ** 32 < p;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function generateDemo(projects: DemoProject[], options: DemoOptions): DemoData {
  const rng = createRandom(options.seed);
  const data = emptyData();
  let personSeq = 0;
  /** The project each person was registered by. */
  const homeProject: string[] = [];

  const addPerson = (kind: 'participant' | 'attendee', projectCode: string): string => {
    const p = data.people;
    const id = rng.uuid();
    personSeq += 1;
    homeProject.push(projectCode);
    p.id.push(id);
    // A stand-in for the keyed hash of a fiscal code: unique, and visibly not a real one.
    p.fiscalCodeHash.push(createHash('sha256').update(`synthetic-person:${options.seed}:${personSeq}`).digest('hex'));
    p.sex.push(rng.chance(kind === 'participant' ? 0.56 : 0.6) ? 'FEMALE' : 'MALE');
    const age = kind === 'participant' ? rng.int(19, 63) : rng.int(16, 88);
    p.birthYear.push(2018 - age);
    p.birthDate.push(birthDateIn(2018 - age, `${options.seed}:${personSeq}`));
    // About 4% leave their education undeclared: they count only in the "participants, total" line.
    p.education.push(
      rng.chance(0.04)
        ? null
        : rng.weighted([
            ['ISCED_1', 14],
            ['ISCED_2', 40],
            ['ISCED_3', 30],
            ['ISCED_4', 6],
            ['ISCED_6', 8],
            ['ISCED_7', 2],
          ]),
    );
    p.labourStatus.push(
      kind === 'participant'
        ? rng.weighted([
            ['UNEMPLOYED', 45],
            ['LONG_TERM_UNEMPLOYED', 55],
          ])
        : rng.weighted([
            ['UNEMPLOYED', 18],
            ['LONG_TERM_UNEMPLOYED', 14],
            ['INACTIVE_IN_EDUCATION', 8],
            ['INACTIVE_NOT_IN_EDUCATION', 32],
            ['EMPLOYED', 28],
          ]),
    );
    const jobless = rng.chance(kind === 'participant' ? 0.7 : 0.3);
    p.joblessHousehold.push(jobless);
    p.joblessHouseholdWithChildren.push(jobless && rng.chance(0.35));
    p.singleAdultWithChildren.push(rng.chance(0.14));
    // Sensitive attributes may be withheld by the person: null.
    p.migrantOrMinority.push(rng.chance(0.1) ? null : rng.chance(0.27));
    p.disability.push(rng.chance(0.1) ? null : rng.chance(0.09));
    p.otherDisadvantaged.push(rng.chance(0.1) ? null : rng.chance(0.3));
    p.housingExclusion.push(rng.chance(kind === 'participant' ? 0.22 : 0.06));
    return id;
  };

  for (const project of projects) {
    const profile = PROFILES[project.code] ?? DEFAULT_PROFILE;
    const labDays = daysBetween(project.startDate, project.endDate);

    // Activities: about four a month, more once the lab is known in the neighbourhood.
    const activityIds: string[] = [];
    const activityDays: number[] = [];
    const activityCount = Math.max(1, Math.round(96 * options.scale));
    for (let i = 0; i < activityCount; i += 1) {
      const day = Math.floor(Math.sqrt(rng.next()) * labDays);
      activityDays.push(day);
    }
    activityDays.sort((a, b) => a - b);
    // One activity per project, day and title (the natural key of activity_natural_key).
    const titled = new Set<string>();
    for (const day of activityDays) {
      const kind = rng.weighted(ACTIVITY_KINDS);
      const id = rng.uuid();
      const heldOn = addDays(project.startDate, day);
      const title = uniqueTitle(rng.pick(ACTIVITY_TITLES[kind]!), ACTIVITY_TITLES[kind]!, (t) => titled.has(`${heldOn}|${t}`));
      titled.add(`${heldOn}|${title}`);
      activityIds.push(id);
      data.activities.id.push(id);
      data.activities.projectCode.push(project.code);
      data.activities.kind.push(kind);
      data.activities.heldOn.push(heldOn);
      data.activities.title.push(title);
      if (rng.chance(0.3)) {
        data.attendances.id.push(rng.uuid());
        data.attendances.activityId.push(id);
        data.attendances.personId.push(null);
        data.attendances.anonymousHeadcount.push(rng.int(3, 25));
      }
    }

    /** Registers a person at `count` distinct activities held on or after `fromIndex`. */
    const attend = (personId: string, fromIndex: number, count: number) => {
      const available = activityIds.length - fromIndex;
      const chosen = new Set<number>();
      const wanted = Math.min(count, available);
      while (chosen.size < wanted) chosen.add(fromIndex + Math.floor(rng.next() * available));
      for (const index of chosen) {
        data.attendances.id.push(rng.uuid());
        data.attendances.activityId.push(activityIds[index]!);
        data.attendances.personId.push(personId);
        data.attendances.anonymousHeadcount.push(null);
      }
    };
    const indexFrom = (date: string) => {
      const day = daysBetween(project.startDate, date);
      const index = activityDays.findIndex((d) => d >= day);
      return index < 0 ? activityDays.length - 1 : index;
    };

    // The reintegration path.
    const participants = Math.round(project.participantTarget * profile.enrolment * options.scale);
    const withheldCents = applyShare(project.allowanceCents, project.withholdingShare);
    for (let i = 0; i < participants; i += 1) {
      const personId = addPerson('participant', project.code);
      const enrolmentId = rng.uuid();
      const selectedOn = addDays(project.startDate, Math.floor(rng.next() ** 1.4 * Math.min(labDays - 120, 430)));
      const arrearsCents = BigInt(rng.int(1500, 9500) * 100 + rng.int(0, 99));
      const e = data.enrolments;
      e.id.push(enrolmentId);
      e.personId.push(personId);
      e.projectCode.push(project.code);
      e.selectedOn.push(selectedOn);
      e.arrearsCents.push(arrearsCents.toString());

      let exitedOn: string | null = null;
      let outcome: string | null = null;
      let contract: string | null = null;
      if (rng.chance(0.9)) {
        exitedOn = minDate(addDays(selectedOn, rng.int(90, 420)), project.endDate);
        const roll = rng.next();
        outcome = roll < profile.withdrawal ? 'WITHDRAWN' : roll < profile.withdrawal + profile.employment ? 'EMPLOYED' : 'UNSUCCESSFUL';
        if (outcome === 'WITHDRAWN') exitedOn = minDate(addDays(selectedOn, rng.int(20, 150)), project.endDate);
        if (outcome === 'EMPLOYED') {
          contract = rng.weighted([
            ['FIXED_TERM', 44],
            ['PERMANENT', 22],
            ['APPRENTICESHIP', 12],
            ['SELF_EMPLOYED', 8],
            ['OTHER', 14],
          ]);
        }
      }
      e.exitedOn.push(exitedOn);
      e.outcome.push(outcome);
      e.contractType.push(contract);
      e.qualificationOnExit.push(exitedOn && outcome !== 'WITHDRAWN' ? rng.chance(0.45) : exitedOn ? false : null);
      // Upon leaving without a job: most still look for one, some go on to a course.
      const key = `${options.seed}:${enrolmentId}`;
      e.jobSearchingOnExit.push(exitedOn ? outcome !== 'EMPLOYED' && hashedChance(0.8, `${key}:job-search`) : null);
      e.inEducationOrTrainingOnExit.push(exitedOn ? hashedChance(outcome === 'EMPLOYED' ? 0.04 : 0.15, `${key}:training`) : null);

      if (outcome === 'UNSUCCESSFUL' && exitedOn) {
        data.withholdings.id.push(rng.uuid());
        data.withholdings.enrolmentId.push(enrolmentId);
        data.withholdings.withheldOn.push(exitedOn);
        data.withholdings.amountCents.push(withheldCents.toString());
      }
      if (outcome === 'EMPLOYED' && exitedOn) {
        // Monthly instalments from the first month in work, until the debt is paid or the data ends.
        let owed = arrearsCents;
        const instalment = BigInt(rng.int(150, 450) * 100);
        for (let month = 1; owed > 0n; month += 1) {
          const paidOn = addMonths(exitedOn, month);
          if (paidOn > DEMO_DATA_END || rng.chance(0.08)) break;
          const amount = owed < instalment ? owed : instalment;
          owed -= amount;
          data.repayments.id.push(rng.uuid());
          data.repayments.enrolmentId.push(enrolmentId);
          data.repayments.paidOn.push(paidOn);
          data.repayments.amountCents.push(amount.toString());
        }
      } else if (!exitedOn && rng.chance(0.25)) {
        // Some still on the path make a small payment.
        data.repayments.id.push(rng.uuid());
        data.repayments.enrolmentId.push(enrolmentId);
        data.repayments.paidOn.push(addDays(selectedOn, rng.int(30, 200)));
        data.repayments.amountCents.push(String(rng.int(5, 30) * 1000));
      }
      if (exitedOn && outcome !== 'WITHDRAWN') {
        const observedOn = addMonths(exitedOn, 6);
        if (observedOn <= DEMO_DATA_END && rng.chance(0.85)) {
          const employed = outcome === 'EMPLOYED' ? rng.chance(0.82) : rng.chance(0.14);
          data.followUps.id.push(rng.uuid());
          data.followUps.enrolmentId.push(enrolmentId);
          data.followUps.observedOn.push(observedOn);
          data.followUps.employed.push(employed);
          data.followUps.improvedSituation.push(employed || rng.chance(0.2));
        }
      }
      // Most participants also join some of the lab's activities.
      if (rng.chance(0.6)) attend(personId, indexFrom(selectedOn), rng.int(1, 6));
    }

    // People reached through the lab's activities: few come often, most come once or twice.
    const attendees = Math.round((project.involvementTarget - project.participantTarget * 0.6) * profile.reach * options.scale);
    for (let i = 0; i < attendees; i += 1) {
      const personId = addPerson('attendee', project.code);
      const firstIndex = Math.floor(rng.next() ** 1.3 * activityIds.length);
      const visits = rng.chance(0.15) ? rng.int(6, 25) : rng.int(1, 3);
      attend(personId, firstIndex, visits);
      if (rng.chance(0.025)) {
        // a case file for the blameless-arrears committee
        const openedOn = addDays(project.startDate, activityDays[firstIndex]!);
        const status = rng.weighted([
          ['PREPARED', 2],
          ['SUBMITTED', 3],
          ['APPROVED', 4],
          ['REJECTED', 1],
        ]);
        data.arrearsCases.id.push(rng.uuid());
        data.arrearsCases.projectCode.push(project.code);
        data.arrearsCases.personId.push(personId);
        data.arrearsCases.openedOn.push(openedOn);
        data.arrearsCases.status.push(status);
        data.arrearsCases.statusChangedOn.push(status === 'PREPARED' ? openedOn : addDays(openedOn, rng.int(15, 90)));
      }
    }
  }

  // A few people take part in a neighbouring lab too: they count once in each project.
  const activitiesByProject = new Map<string, string[]>();
  data.activities.id.forEach((id, index) => {
    const code = data.activities.projectCode[index]!;
    const list = activitiesByProject.get(code);
    if (list) list.push(id);
    else activitiesByProject.set(code, [id]);
  });
  const projectCodes = projects.map((p) => p.code);
  const peopleSoFar = data.people.id.length;
  const seen = new Set<string>();
  const crossovers = projects.length > 1 ? Math.round(20 * options.scale) : 0;
  for (let i = 0; i < crossovers; i += 1) {
    const index = Math.floor(rng.next() * peopleSoFar);
    const code = rng.pick(projectCodes.filter((c) => c !== homeProject[index]));
    const activityId = rng.pick(activitiesByProject.get(code)!);
    const key = `${activityId}|${index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    data.attendances.id.push(rng.uuid());
    data.attendances.activityId.push(activityId);
    data.attendances.personId.push(data.people.id[index]!);
    data.attendances.anonymousHeadcount.push(null);
  }
  return data;
}
