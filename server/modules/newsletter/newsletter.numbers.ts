/** Figures written out for prose: exact money from cents, counts and rates per language, long dates. */
export type NewsLang = 'it' | 'en';

/** 77838579n → "778.385,79" (it) or "778,385.79" (en): exact, from cents. */
export function euroAmount(cents: bigint, lang: NewsLang): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = (abs / 100n).toString();
  const decimals = (abs % 100n).toString().padStart(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'it' ? '.' : ',');
  return `${negative ? '-' : ''}${grouped}${lang === 'it' ? ',' : '.'}${decimals}`;
}

export function count(value: number, lang: NewsLang): string {
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB').format(value);
}

/** 0.26 → "26%"; below 10%, one decimal ("0,2%"). */
export function percent(value: number, lang: NewsLang): string {
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { style: 'percent', maximumFractionDigits: value < 0.1 ? 1 : 0 }).format(
    value,
  );
}

/** "1 persona", "6 persone". */
export function plural(value: number, lang: NewsLang, one: string, many: string): string {
  return `${count(value, lang)} ${value === 1 ? one : many}`;
}

/** "2020-08-31" → "31 agosto 2020" / "31 August 2020" */
export function longDate(iso: string, lang: NewsLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
