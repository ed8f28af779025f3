/**
 * Who sees what: the one place that decides, from the caller's role, whether a report is shown
 * exact or in its protected (public) view. The views of this folder (funding.ts, participation.ts,
 * reach.ts, outcomes.ts, debt.ts, esf.ts, esf-annual.ts) take exact reports and a Disclosure and
 * return what may be shown; resolvers, exports, the newsletter and snapshots ask them, and nothing
 * else looks at a role to choose figures. The method (docs/disclosure.md) is the cell key method (cell-key.ts) on the
 * finest cells of every public figure, release periods (release.ts) for the dates the public may
 * ask about, and small published counts shown as "< threshold" (suppression.ts).
 */
import { cellKeySecret, MAX_MONEY_NOISE_CENTS, NOISE } from './cell-key.js';
import { ESF_RELEASE_FREQUENCY, latestRelease, RELEASE_FREQUENCY, releaseFor, type ReleaseFrequency } from './release.js';

/** The roles a caller can have (structurally the caller's `role`). */
export type ViewerRole = 'ADMIN' | 'OPERATOR' | 'ANALYST' | 'PUBLIC';

/**
 * The hub's public-release policy: the display threshold (SUPPRESSION_THRESHOLD) and the secret of
 * the cell keys. Built once at start (disclosurePolicy) and carried by every request.
 */
export interface DisclosurePolicy {
  readonly threshold: number;
  readonly secret: Buffer;
}

/**
 * EXACT: every figure as computed. PROTECTED: every count and amount perturbed by the cell key
 * method on its finest cells, as of the release dates; breakdown cells whose published value is
 * below the threshold shown as null.
 */
export type Disclosure = { readonly audience: 'EXACT' } | ({ readonly audience: 'PROTECTED' } & DisclosurePolicy);

export type Audience = Disclosure['audience'];

/** Callers with a key see exact figures; the public sees the protected view. */
const AUDIENCE_OF: Record<ViewerRole, Audience> = {
  ADMIN: 'EXACT',
  OPERATOR: 'EXACT',
  ANALYST: 'EXACT',
  PUBLIC: 'PROTECTED',
};

const EXACT: Disclosure = Object.freeze({ audience: 'EXACT' });

/** The policy for a threshold, with the cell-key secret derived from the hub's pseudonymisation key. */
export function disclosurePolicy(threshold: number, pseudonymKey: Buffer): DisclosurePolicy {
  if (!Number.isInteger(threshold) || threshold < 2)
    throw new RangeError(`suppression threshold must be an integer of at least 2, got ${threshold}`);
  return Object.freeze({ threshold, secret: cellKeySecret(pseudonymKey) });
}

/** What a caller of this role may see. */
export function disclosureFor(role: ViewerRole, policy: DisclosurePolicy): Disclosure {
  return AUDIENCE_OF[role] === 'EXACT' ? EXACT : forPublication(policy);
}

/** What may be published to anyone, whoever asks (the newsletter draft). */
export function forPublication(policy: DisclosurePolicy): Disclosure {
  return { audience: 'PROTECTED', threshold: policy.threshold, secret: policy.secret };
}

/** The record: exact figures kept for the Region (frozen reports, which only keys may read). */
export function forTheRecord(): Disclosure {
  return EXACT;
}

/** Which release calendar a report follows: the ESF indicators (attributes of participants) yearly, the rest monthly. */
export type ReleaseCalendar = 'REPORTS' | 'ESF';
const FREQUENCY_OF: Record<ReleaseCalendar, ReleaseFrequency> = { REPORTS: RELEASE_FREQUENCY, ESF: ESF_RELEASE_FREQUENCY };

/** The day a report is computed as of, for a disclosure: the public gets the release on or before asOf. */
export function reportDate(disclosure: Disclosure, asOf: string, today: string, calendar: ReleaseCalendar = 'REPORTS'): string {
  return disclosure.audience === 'EXACT' ? asOf : releaseFor(asOf, today, FREQUENCY_OF[calendar]);
}

/** The published rules of the public figures (served by the API as `disclosurePolicy`). */
export function publishedRules(policy: DisclosurePolicy, today: string) {
  return {
    method: 'CELL_KEY',
    threshold: policy.threshold,
    maxNoise: NOISE.maxNoise,
    noiseStandardDeviation: NOISE.sd,
    maxMoneyNoiseCents: MAX_MONEY_NOISE_CENTS,
    releaseFrequency: RELEASE_FREQUENCY,
    latestRelease: latestRelease(today),
    esfReleaseFrequency: ESF_RELEASE_FREQUENCY,
    latestEsfRelease: latestRelease(today, ESF_RELEASE_FREQUENCY),
  };
}

/** The "figures" line of a download's about sheet. */
export function figuresNote(disclosure: Disclosure): string {
  return disclosure.audience === 'EXACT'
    ? 'exact'
    : `public: as of the release (month ends; year ends for the ESF indicators); perturbed by the cell key method: each count of a project by sex, indicator or measure ` +
        `by at most ±${NOISE.maxNoise}, and each project's arrears, repaid and withheld by at most ±${Number(MAX_MONEY_NOISE_CENTS) / 100} euro; ` +
        `totals are sums of those, and allowances committed the allowance times the published enrolments, so different tables need ` +
        `not agree exactly; counts below project level published from 1 to ${disclosure.threshold - 1} shown as "< ${disclosure.threshold}" ` +
        `(docs/disclosure.md)`;
}
