/**
 * Numbers and dates for people: Italian first (1.950.303,84 €, 4.135, 30 set 2019), English on request.
 * Every number is grouped from four digits on (`useGrouping: 'always'`): CLDR's Italian data groups
 * only from five (minimumGroupingDigits 2, "4135"), but the Italian press and the programme's
 * reports write "4.135".
 */
export type Lang = 'it' | 'en';

export const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

const money = new Map<Lang, Intl.NumberFormat>();
const wholeEuros = new Map<Lang, Intl.NumberFormat>();
const counts = new Map<Lang, Intl.NumberFormat>();
const shares = new Map<Lang, Intl.NumberFormat>();

/** Intl.NumberFormat v3 (Node 20, Chromium 106 on); TypeScript types it in lib ES2023.Intl, past this project's ES2022. */
const ALWAYS_GROUP = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;

function cached(map: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { ...ALWAYS_GROUP, ...options });
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

/** 250000 → "250.000 €": whole euros, for chart axes (a tick is a round figure, not an amount to the cent). */
export function formatEuros(value: number, lang: Lang): string {
  return cached(wholeEuros, lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** 1234 → "1.234"; null (hidden by suppression) → "< 10". */
export function formatCount(value: number | null, lang: Lang, threshold = 10): string {
  if (value === null) return `< ${threshold}`;
  return cached(counts, lang, { maximumFractionDigits: 0 }).format(value);
}

/** 0.944 → "94,4%" */
export function formatShare(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return cached(shares, lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
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

/**
 * A name as the lines of a chart label, each at most `width` characters where the words allow
 * ("Nuove opportunità per nuovi SAPeri" → ["Nuove opportunità", "per nuovi SAPeri"]), so that
 * every project's name fits beside its bar, on screen and on paper, instead of being skipped.
 */
export function wrapWords(text: string, width = 22): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
