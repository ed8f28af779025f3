/**
 * The newsletter update's wording, pinned on figures worked out by hand, in Italian and in English:
 * the full text of each draft compared with a checked-in file (golden/), for all projects while the
 * programme runs, for one project, and after the programme's end. Each group of participants is
 * named and the groups add up to the participants; numbers are written as the press writes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewsletterFigures } from './newsletter.figures.js';
import { count, euroAmount, euros, italianPercent, longDate } from './newsletter.numbers.js';
import { toHtml, toMarkdown } from './newsletter.render.js';
import { DRAFTS } from './newsletter.text.js';

const GOLAB = {
  code: 'GOLAB',
  name: 'GOLab',
  municipality: 'Milano',
  place: 'via Gola',
  reached: 610,
  target: 500,
  enrolled: 104,
  employed: 38,
};
const SALOMONE = {
  code: 'PRO_SALOMONE',
  name: 'PRO_SALOMONE',
  municipality: 'Milano',
  place: 'via Salomone',
  reached: 551,
  target: 500,
  enrolled: 98,
  employed: 41,
};
const CORMANO = {
  code: 'FORNASE',
  name: 'Abitare al Fornasè',
  municipality: 'Cormano',
  place: null,
  reached: 0,
  target: 500,
  enrolled: 0,
  employed: 0,
};

// All projects as of 31 December 2019: 1,161 people reached over the projects, 1,136 distinct (25
// reached by two), of a target of 1,500; 202 enrolled = 79 employed + 60 ended without work + 13 left + 50 still on the
// path; 342,000.00 repaid (whole euros) + 60,000.00 withheld = 402,000.00 of 1,234,567.50 arrears.
const ALL: NewsletterFigures = {
  asOf: '2019-12-31',
  asOfChosen: 'ASKED',
  allProjects: true,
  endDate: '2020-08-31',
  reached: 1_136,
  reachedSumOverProjects: 1_161,
  target: 1_500,
  enrolled: 202,
  employed: 79,
  unsuccessful: 60,
  withdrawn: 13,
  inProgress: 50,
  arrearsCents: 123_456_750n,
  repaidCents: 34_200_000n,
  withheldCents: 6_000_000n,
  recoveredCents: 40_200_000n,
  recoveryRate: 40_200_000 / 123_456_750,
  projects: [GOLAB, SALOMONE, CORMANO],
  usesSyntheticData: true,
  frozenAs: null,
};

// GOLab alone as of 31 December 2019: its own name, place and target of 500; 1,234.50 repaid (cents kept).
const ONE: NewsletterFigures = {
  ...ALL,
  allProjects: false,
  reached: 610,
  reachedSumOverProjects: 610,
  target: 500,
  enrolled: 104,
  employed: 38,
  unsuccessful: 30,
  withdrawn: 6,
  inProgress: 30,
  arrearsCents: 61_000_000n,
  repaidCents: 123_450n,
  withheldCents: 3_000_000n,
  recoveredCents: 3_123_450n,
  recoveryRate: 3_123_450 / 61_000_000,
  projects: [GOLAB],
  usesSyntheticData: false,
  frozenAs: { label: 'Relazione annuale 2019', frozenAt: new Date('2020-01-20T09:30:00Z') },
};

// All projects, no day asked, the programme over: its last day, 31 August 2020; 50 with no exit recorded.
const AFTER: NewsletterFigures = {
  ...ALL,
  asOf: '2020-08-31',
  asOfChosen: 'PROGRAMME_END',
  enrolled: 215,
  employed: 92,
  unsuccessful: 71,
  withdrawn: 2,
  inProgress: 50,
  withheldCents: 7_100_000n,
  recoveredCents: 41_300_000n,
  recoveryRate: 41_300_000 / 123_456_750,
};

const CASES = { 'all-projects': ALL, 'one-project': ONE, 'after-the-end': AFTER } as const;

describe('the newsletter text, golden', () => {
  for (const [name, figures] of Object.entries(CASES)) {
    for (const lang of ['it', 'en'] as const) {
      it(`writes the ${name} draft in ${lang === 'it' ? 'Italian' : 'English'} as the checked-in file`, async () => {
        const draft = DRAFTS[lang](figures);
        await expect(toMarkdown(draft)).toMatchFileSnapshot(`./golden/${name}.${lang}.md`);
      });
    }
  }
});

describe('what the drafts say', () => {
  const text = (f: NewsletterFigures, lang: 'it' | 'en') => toMarkdown(DRAFTS[lang](f));

  it('writes a single project as its own news: its name, place and target, no list repeating its figures', () => {
    const italian = text(ONE, 'it');
    expect(italian).toContain('Al 31 dicembre 2019 il progetto **GOLab** (Milano, via Gola) ha raggiunto **610 persone**');
    expect(italian).toContain('delle 500 previste dal progetto');
    expect(italian).not.toContain('Laboratori Sociali di Quartiere');
    expect(italian).not.toContain('- **GOLab**');
    expect(text(ONE, 'en')).toContain('By 31 December 2019 the **GOLab** (Milano, via Gola) project had reached **610 people**');
  });

  it('names the projects of a draft of some of them', () => {
    const some = { ...ALL, allProjects: false, reached: null, projects: [GOLAB, SALOMONE] };
    expect(DRAFTS.it(some).title).toBe('GOLab e PRO_SALOMONE: a che punto siamo al 31 dicembre 2019');
    expect(DRAFTS.it(some).blocks[0]).toBe(
      'Al 31 dicembre 2019, sommando le persone raggiunte da ciascun progetto (chi ha partecipato a più laboratori è contato più volte), ' +
        'i laboratori GOLab e PRO_SALOMONE contano **1.161 persone**: il 77% delle 1.500 previste dai progetti.',
    );
    expect(DRAFTS.en(some).title).toBe('GOLab and PRO_SALOMONE: where we stand as of 31 December 2019');
  });

  it('accounts for every participant: the groups it names add up to those who joined, whatever the outcomes (property)', () => {
    const group = fc.integer({ min: 0, max: 5_000 });
    fc.assert(
      fc.property(
        group,
        group,
        group,
        group,
        fc.boolean(),
        fc.constantFrom('it' as const, 'en' as const),
        (employed, unsuccessful, withdrawn, inProgress, over, lang) => {
          const enrolled = employed + unsuccessful + withdrawn + inProgress;
          const f = { ...ALL, asOf: over ? '2021-03-31' : '2019-12-31', enrolled, employed, unsuccessful, withdrawn, inProgress };
          const path = DRAFTS[lang](f).blocks[1]!;
          if (enrolled === 0) return expect(path).not.toMatch(/\d/);
          const [joined, groups] = path.split(':') as [string, string];
          const numbers = (text: string) => [...text.matchAll(/\d[\d.,]*\d|\d/g)].map((m) => Number(m[0].replace(/[.,]/g, '')));
          expect(numbers(joined)).toEqual([enrolled]);
          expect(numbers(groups).reduce((a, b) => a + b, 0)).toBe(enrolled);
          expect(numbers(groups)).toHaveLength([employed, unsuccessful, withdrawn, inProgress].filter((n) => n > 0).length);
          if (over) expect(path).not.toMatch(/ancora seguendo|still on/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells the programme in the past after its end, and nobody is "still" on the path', () => {
    const italian = text(AFTER, 'it');
    const en = text(AFTER, 'en');
    expect(italian).toContain('hanno concluso il loro programma il 31 agosto 2020');
    expect(italian).toContain('per 50 la conclusione del percorso non risulta ancora registrata');
    expect(italian).not.toMatch(/ancora seguendo|stanno/);
    expect(en).toContain('ended their programme on 31 August 2020');
    expect(en).not.toMatch(/still|have reached|have involved/);
    expect(italian).toContain('*Senza una data indicata');
    expect(en).toContain('*No date was given');
    // While it runs, in English a past day takes the past perfect.
    expect(text(ALL, 'en')).toContain('had reached **1,136 people**');
  });

  it('writes numbers as the press does: 1.161, 342.000 euro, 1.234,50 euro; 1,161, €342,000', () => {
    const italian = text(ALL, 'it');
    expect(italian).toContain('sono 1.161');
    expect(italian).toContain('342.000 euro rimborsati');
    expect(italian).not.toContain(',00');
    expect(text(ONE, 'it')).toContain('1.234,50 euro rimborsati');
    const en = text(ALL, 'en');
    expect(en).toContain('the figure is 1,161');
    expect(en).toContain('€342,000 repaid');
    expect(en).not.toContain('.00');
  });
});

describe('numbers', () => {
  it('groups every whole number from four digits on, in both languages', () => {
    expect([0, 7, 999, 1000, 4161, 12345, 1234567, -4000].map((n) => count(n, 'it'))).toEqual([
      '0',
      '7',
      '999',
      '1.000',
      '4.161',
      '12.345',
      '1.234.567',
      '-4.000',
    ]);
    expect(count(4161, 'en')).toBe('4,161');
    // What Intl alone would write in Italian (no grouping under five digits): the reason for count().
    expect(new Intl.NumberFormat('it-IT').format(4161)).toBe('4161');
  });

  it('reads back to the same number, grouped by threes from four digits on (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('it' as const, 'en' as const), (n, lang) => {
        const text = count(n, lang);
        const sep = lang === 'it' ? '.' : ',';
        expect(Number(text.split(sep).join(''))).toBe(n);
        expect(text).toMatch(n >= 1000 ? new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`) : /^\d{1,3}$/);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
        const text = euroAmount(cents, 'it');
        const [units, decimals = '00'] = text.split(',') as [string, string?];
        expect(BigInt(units.split('.').join('')) * 100n + BigInt(decimals)).toBe(cents);
        expect(text.endsWith(',00')).toBe(false);
      }),
    );
  });

  it('writes money exact, with cents only when there are any', () => {
    expect(euros(34_200_000n, 'it')).toBe('342.000 euro');
    expect(euros(123_450n, 'it')).toBe('1.234,50 euro');
    expect(euros(5n, 'it')).toBe('0,05 euro');
    expect(euros(34_200_000n, 'en')).toBe('€342,000');
    expect(euros(123_450n, 'en')).toBe('€1,234.50');
    expect(euroAmount(-123_400n, 'it')).toBe('-1.234');
  });

  it('puts the article a percentage takes when read aloud in Italian', () => {
    expect([0.22, 0.082, 0.11, 0.01, 0.004, 0.8, 1.04, 0.18].map(italianPercent)).toEqual([
      'il 22%',
      "l'8,2%",
      "l'11%",
      "l'1%",
      'lo 0,4%',
      "l'80%",
      'il 104%',
      'il 18%',
    ]);
  });

  it('writes the first of a month as Italian does', () => {
    expect(longDate('2018-09-01', 'it')).toBe('1° settembre 2018');
    expect(longDate('2020-08-31', 'it')).toBe('31 agosto 2020');
    expect(longDate('2018-09-01', 'en')).toBe('1 September 2018');
  });
});

describe('HTML', () => {
  it('is the Markdown, rendered', () => {
    expect(toHtml(DRAFTS.it(ONE))).toContain('<p>Al 31 dicembre 2019 il progetto <strong>GOLab</strong> (Milano, via Gola)');
  });
});
