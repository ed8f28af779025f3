/**
 * Amounts as the operator types them and as the API writes them, as decimal strings: never a
 * float in between (an amount is a number of cents).
 */

/**
 * "1.234,56" or "1234,56" (Italian) or "1234.56" → "1234.56". A comma is the decimal mark and dots
 * group thousands; without a comma, the text goes as typed. What is not an amount goes as typed
 * too: the API refuses it, naming the field.
 */
export function normaliseAmount(typed: string): string {
  const text = typed.trim().replace(/\s|€/g, '');
  if (!text.includes(',')) return text;
  const italian = /^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/;
  return italian.test(text) ? text.replace(/\./g, '').replace(',', '.') : text;
}

/** The sum of amounts the API gave ("12.50", "3"), exact, as "15.50". */
export function sumAmounts(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const [whole = '0', fraction = ''] = amount.split('.');
    const sign = whole.startsWith('-') ? -1n : 1n;
    cents += sign * (BigInt(whole.replace('-', '')) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2)));
  }
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
