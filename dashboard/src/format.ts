/** Numbers and dates for people: Italian first (1.950.303,84 €, 30 set 2019), English on request. */
export type Lang = 'it' | 'en';

const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

const money = new Map<Lang, Intl.NumberFormat>();
const counts = new Map<Lang, Intl.NumberFormat>();

function cached(map: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options);
    map.set(lang, format);
  }
  return format;
}

/** "1950303.84" → "1.950.303,84 €". The decimal string is formatted as it is, with no float in between. */
export function formatMoney(amount: string, lang: Lang): string {
  const format = cached(money, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Intl formats a decimal string exactly (no rounding through a double).
  return format.format(amount as unknown as number);
}

/** 1234 → "1.234"; null (hidden by suppression) → "< 10". */
export function formatCount(value: number | null, lang: Lang, threshold = 10): string {
  if (value === null) return `< ${threshold}`;
  return cached(counts, lang, { maximumFractionDigits: 0 }).format(value);
}

/** 0.944 → "94,4%" */
export function formatShare(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** "2019-09-30" → "30 set 2019" */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "2019-03" → "mar 2019" */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** A decimal euro string as a number, for chart axes only (never for sums). */
export function euros(amount: string): number {
  return Number(amount);
}
