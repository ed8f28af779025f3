/**
 * The cell key method (docs/disclosure.md): consistent, bounded perturbation of the public's
 * counts and amounts. Pure functions; only the views of this folder call them.
 *
 * A published cell is identified by a name (what it counts, of which project: "esf/GOLAB/CO15/FEMALE")
 * and its true value. Its cell key is a keyed hash of both (HMAC-SHA256 under a secret derived from
 * the hub's PSEUDONYM_KEY): the same cell with the same content always gets the same noise, so
 * asking again, on another day of a plateau, or through another report learns nothing new, and the
 * public cannot compute the key. The key is turned into noise through a perturbation table (the
 * `ptable` of the literature): a discrete Gaussian truncated to a symmetric range, so the noise is
 * unbiased, bounded and never makes a count negative.
 *
 * The date is deliberately not part of the name: a cell whose value did not change between two
 * release dates is published the same, and one that changed gets a fresh, independent draw.
 */
import { createHmac } from 'node:crypto';

/** The perturbation's parameters: published in docs/disclosure.md and served by the API. */
export const NOISE = Object.freeze({
  /** Largest change to a count: a published count is within ±maxNoise of the true one. */
  maxNoise: 5,
  /** Standard deviation of the discrete Gaussian the noise is drawn from (before truncation). */
  sd: 1.5,
  /** Money: noise is this many cents times (k + u − 1/2), k drawn as for counts, u uniform in [0, 1). */
  moneyScaleCents: 50_000n,
});

/** Largest change to an amount, in cents: moneyScale × (maxNoise + 1/2), plus rounding to the euro. */
export const MAX_MONEY_NOISE_CENTS = (NOISE.moneyScaleCents * BigInt(2 * NOISE.maxNoise + 1)) / 2n + 50n;

/** The secret of the cell keys, derived from the hub's pseudonymisation key (never the key itself). */
export function cellKeySecret(pseudonymKey: Buffer): Buffer {
  return createHmac('sha256', pseudonymKey).update('quartieri/cell-key/v1').digest();
}

/** Two independent uniform numbers in [0, 1) from the cell's name and true value. */
export function cellKey(secret: Buffer, cell: string, value: number | bigint): { key: number; fraction: number } {
  const digest = createHmac('sha256', secret).update(`${cell}\u0000${value}`).digest();
  return { key: digest.readUInt32BE(0) / 2 ** 32, fraction: digest.readUInt32BE(4) / 2 ** 32 };
}

/** Cumulative probabilities of k = −m … m, for each half-width m = 0 … maxNoise (the perturbation table). */
const PTABLE: readonly (readonly number[])[] = Array.from({ length: NOISE.maxNoise + 1 }, (_, m) => {
  const weights = Array.from({ length: 2 * m + 1 }, (_, i) => Math.exp(-((i - m) ** 2) / (2 * NOISE.sd ** 2)));
  const sum = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  return weights.map((w) => (running += w / sum));
});

/** The noise k in [−m, m] (m ≤ maxNoise) that a cell key in [0, 1) selects. */
export function noiseFor(key: number, halfWidth: number): number {
  const m = Math.min(halfWidth, NOISE.maxNoise);
  const cumulative = PTABLE[m]!;
  const index = cumulative.findIndex((p) => key < p);
  return (index === -1 ? cumulative.length - 1 : index) - m;
}

/** The probability of each noise k = −m … m for a half-width m (for the documentation and the tests). */
export function noiseDistribution(halfWidth: number): { noise: number; probability: number }[] {
  const cumulative = PTABLE[Math.min(halfWidth, NOISE.maxNoise)]!;
  const m = (cumulative.length - 1) / 2;
  return cumulative.map((p, i) => ({ noise: i - m, probability: p - (i === 0 ? 0 : cumulative[i - 1]!) }));
}

/**
 * A count as published: 0 stays 0 (an empty cell has nobody to protect and no key); n ≥ 1 becomes
 * n + k with |k| ≤ min(n, maxNoise), so it is never negative and the noise is symmetric.
 */
export function perturbCount(secret: Buffer, cell: string, n: number): number {
  if (n <= 0) return n;
  return n + noiseFor(cellKey(secret, cell, n).key, n);
}

/**
 * An amount in cents as published: 0 stays 0; otherwise the true amount plus
 * moneyScale × (k + u − 1/2), rounded to the euro and never below 0. One repayment more or less
 * changes the cell's key, so the difference of two releases is the true difference plus two
 * independent draws of up to ±MAX_MONEY_NOISE_CENTS.
 */
export function perturbCents(secret: Buffer, cell: string, cents: bigint): bigint {
  if (cents === 0n) return 0n;
  const { key, fraction } = cellKey(secret, cell, cents);
  const k = noiseFor(key, NOISE.maxNoise);
  const noise = BigInt(Math.round(Number(NOISE.moneyScaleCents) * (k + fraction - 0.5)));
  const published = cents + noise;
  const euros = (published + 50n) / 100n;
  return published <= 0n ? 0n : euros * 100n;
}
