/**
 * Who sees what: the one place that decides, from the caller's role, whether a report is shown
 * exact or in its protected (public) view. The views of this folder (funding.ts, participation.ts,
 * outcomes.ts, debt.ts, esf.ts) take exact reports and a Disclosure and return what may be shown;
 * resolvers, exports, the newsletter and snapshots ask them, and nothing else looks at a role to
 * choose figures. The methods themselves are in suppression.ts (docs/indicators.md, "Small-cell
 * suppression"): a stronger method lands here, in the views and suppression.ts, and nowhere else.
 */

/** The roles a caller can have (structurally the caller's `role`). */
export type ViewerRole = 'ADMIN' | 'OPERATOR' | 'ANALYST' | 'PUBLIC';

/**
 * EXACT: every figure as computed. PROTECTED: project totals and money as they are, counts below
 * project level through small-cell suppression with the threshold.
 */
export type Disclosure = { readonly audience: 'EXACT' } | { readonly audience: 'PROTECTED'; readonly threshold: number };

export type Audience = Disclosure['audience'];

/** Callers with a key see exact figures; the public sees the protected view. */
const AUDIENCE_OF: Record<ViewerRole, Audience> = {
  ADMIN: 'EXACT',
  OPERATOR: 'EXACT',
  ANALYST: 'EXACT',
  PUBLIC: 'PROTECTED',
};

const EXACT: Disclosure = Object.freeze({ audience: 'EXACT' });

/** What a caller of this role may see; `threshold` is the configured SUPPRESSION_THRESHOLD. */
export function disclosureFor(role: ViewerRole, threshold: number): Disclosure {
  return AUDIENCE_OF[role] === 'EXACT' ? EXACT : forPublication(threshold);
}

/** What may be published to anyone, whoever asks (the newsletter draft). */
export function forPublication(threshold: number): Disclosure {
  if (!Number.isInteger(threshold) || threshold < 2)
    throw new RangeError(`suppression threshold must be an integer of at least 2, got ${threshold}`);
  return { audience: 'PROTECTED', threshold };
}

/** The record: exact figures kept for the Region (frozen reports, which only keys may read). */
export function forTheRecord(): Disclosure {
  return EXACT;
}

/** The "figures" line of a download's about sheet. */
export function figuresNote(disclosure: Disclosure): string {
  return disclosure.audience === 'EXACT'
    ? 'exact'
    : `public: counts from 1 to ${disclosure.threshold - 1} below project level hidden (docs/indicators.md)`;
}
