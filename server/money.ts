/**
 * Exact money. An amount is a bigint of euro cents everywhere inside the server; these helpers
 * are the only places where it meets text.
 */
export class MoneyFormatError extends Error {
  override name = 'MoneyFormatError';
}

const MONEY_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "2000", "2000.5", "2000.50" → 200050n. Rejects more than two decimals, exponents, thousands separators. */
export function parseMoney(text: string): bigint {
  const match = MONEY_PATTERN.exec(text.trim());
  if (!match) {
    throw new MoneyFormatError(
      `Money must be a decimal amount in euro with at most two decimals, e.g. "2000.00"; got ${JSON.stringify(text)}`,
    );
  }
  const [, sign, units = '0', decimals = ''] = match;
  const cents = BigInt(units) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
  return sign ? -cents : cents;
}

/** 195030384n → "1950303.84" */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${units.toString()}.${rest.toString().padStart(2, '0')}`;
}

/** Rounds a non-negative cents amount times a decimal share half-up, exactly ("0.5", "0.3333"). */
export function applyShare(cents: bigint, share: string): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(share);
  if (!match) throw new MoneyFormatError(`share must be a non-negative decimal, got ${share}`);
  const decimals = match[2] ?? '';
  const scale = 10n ** BigInt(decimals.length);
  const numerator = cents * BigInt(`${match[1]}${decimals}`);
  return (numerator * 2n + scale) / (2n * scale);
}
