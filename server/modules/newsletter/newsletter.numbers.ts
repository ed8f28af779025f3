/**
 * Figures written out for prose as the press writes them: counts grouped from four digits on
 * ("4.161", "4,161": Intl's it-IT leaves four-digit numbers ungrouped, CLDR's minimumGroupingDigits
 * being 2 for Italian), money exact from cents with no ",00" on whole euros, rates, long dates.
 */
export type NewsLang = 'it' | 'en';

const SEPARATORS = { it: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;

/** "4161" → "4.161" (it) or "4,161" (en): a string of digits, grouped by three from the right. */
function grouped(digits: string, lang: NewsLang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
}

/** 4161 → "4.161" (it), "4,161" (en); 999 → "999". Whole numbers only. */
export function count(value: number, lang: NewsLang): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`count: ${value} is not a whole number`);
  return `${value < 0 ? '-' : ''}${grouped(String(Math.abs(value)), lang)}`;
}

/**
 * 77838579n → "778.385,79" (it) or "778,385.79" (en); 34200000n → "342.000" / "342,000": exact,
 * from cents, with cents only when there are any.
 */
export function euroAmount(cents: bigint, lang: NewsLang): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = grouped((abs / 100n).toString(), lang);
  const rest = abs % 100n;
  const decimals = rest === 0n ? '' : `${SEPARATORS[lang].decimal}${rest.toString().padStart(2, '0')}`;
  return `${negative ? '-' : ''}${units}${decimals}`;
}

/** Money in a sentence: "342.000 euro" (it), "€342,000" (en). */
export function euros(cents: bigint, lang: NewsLang): string {
  return lang === 'it' ? `${euroAmount(cents, 'it')} euro` : `€${euroAmount(cents, 'en')}`;
}

/** 0.26 → "26%"; below 10%, one decimal ("0,2%"). */
export function percent(value: number, lang: NewsLang): string {
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: value < 0.1 ? 1 : 0,
    useGrouping: false,
  }).format(value);
}

/**
 * An Italian percentage with its article, as it is read aloud: "il 22%", "l'8,2%" (otto), "l'11%"
 * (undici), "l'1%" (uno), "lo 0,4%" (zero).
 */
export function italianPercent(value: number): string {
  const text = percent(value, 'it');
  const whole = text.split(/[,%]/)[0]!;
  if (whole === '0') return `lo ${text}`;
  if (whole.startsWith('8') || whole === '1' || whole === '11' || /^11\d{3}$/.test(whole)) return `l'${text}`;
  return `il ${text}`;
}

/** "1 persona", "6 persone", "4.161 persone". */
export function plural(value: number, lang: NewsLang, one: string, many: string): string {
  return `${count(value, lang)} ${value === 1 ? one : many}`;
}

/** "2020-08-31" → "31 agosto 2020" / "31 August 2020"; the first of a month is "1° settembre 2018" in Italian. */
export function longDate(iso: string, lang: NewsLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
  return lang === 'it' && d === 1 ? text.replace(/^1 /, '1° ') : text;
}
