/**
 * The Markdown the copy button copies carries user text (project names and places, a frozen
 * report's label) as text only: rendered by markdown-it with raw HTML enabled (the least safe
 * setting a site could use), it runs no script and makes no element from user text, and gives
 * exactly the HTML the API serves beside it.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewsletterFigures } from './newsletter.figures.js';
import { markdownText, toHtml, toMarkdown } from './newsletter.render.js';
import { DRAFTS } from './newsletter.text.js';

// markdown-it is in node_modules through graphiql; loaded with require, it has no types.
type MarkdownIt = new (options: { html: boolean; linkify?: boolean }) => { render(source: string): string };
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as MarkdownIt;
const unsafe = new MarkdownIt({ html: true });

/** The tags a draft may contain: its own structure, none from user text. */
const ALLOWED = new Set(['h2', 'p', 'strong', 'em', 'ul', 'li']);
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const collapsed = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function figures(name: string, place: string, label: string, allProjects: boolean): NewsletterFigures {
  const project = { code: 'P1', name, municipality: 'Milano', place, reached: 12, target: 500, enrolled: 3, employed: 1 };
  const other = { ...project, code: 'P2', name: `${name} 2` };
  return {
    asOf: '2019-12-31',
    asOfChosen: 'ASKED',
    allProjects,
    endDate: '2020-08-31',
    reached: allProjects ? 20 : 12,
    reachedSumOverProjects: allProjects ? 24 : 12,
    target: allProjects ? 1000 : 500,
    enrolled: 3,
    employed: 1,
    unsuccessful: 1,
    withdrawn: 0,
    inProgress: 1,
    arrearsCents: 500_000n,
    repaidCents: 10_000n,
    withheldCents: 100_000n,
    recoveredCents: 110_000n,
    recoveryRate: 0.22,
    projects: allProjects ? [project, other] : [project],
    usesSyntheticData: false,
    frozenAs: { label, frozenAt: new Date('2020-01-20T09:00:00Z') },
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '* star at line start',
  '_under_ and __strong__',
  '# Heading\n# again',
  '- list\n1. item',
  '`code` and ~~gone~~',
  '&lt;b&gt; &amp; &#60;',
  '<javascript:alert(1)>',
  '![i](x) | a | b |',
  'trailing \\',
];

describe('user text in the newsletter', () => {
  it('is text only, for every hostile name, place and label, in both languages', () => {
    for (const hostile of HOSTILE) {
      for (const lang of ['it', 'en'] as const) {
        for (const allProjects of [true, false]) {
          const draft = DRAFTS[lang](figures(hostile, hostile, hostile, allProjects));
          const markdown = toMarkdown(draft);
          const html = unsafe.render(markdown);
          expect(html).toBe(toHtml(draft));
          expect(new Set(tags(html))).toEqual(new Set(tags(html).filter((t) => ALLOWED.has(t))));
          expect(html).not.toMatch(/<(script|img|a|h1|code|s)\b|<[a-z0-9]+\s[^>]*=/i);
          expect(textOf(html)).toContain(collapsed(hostile));
        }
      }
    }
  });

  it('keeps a name with an underscore inside a word as it is, and escapes one that could open emphasis', () => {
    expect(markdownText('PRO_SALOMONE')).toBe('PRO_SALOMONE');
    expect(markdownText('_a_ *b* <c> [d]')).toBe('\\_a\\_ \\*b\\* \\<c\\> \\[d\\]');
  });

  it('renders as the API says whatever the text (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '*',
        '**',
        '_',
        '[',
        ']',
        '(',
        ')',
        '`',
        '#',
        '\\',
        '!',
        '~',
        '|',
        '\n',
        ' ',
        '\u00a0',
        ':',
        '-',
        '1.',
      ),
      fc.constantFrom('<script>', 'javascript:', '&amp;', 'é', 'ò', 'a', 'Z', '9', '«', '»'),
      fc.string({ maxLength: 6 }),
    );
    const text = fc
      .array(piece, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''))
      .filter((t) => collapsed(t).length > 0);
    fc.assert(
      fc.property(text, text, text, fc.boolean(), fc.constantFrom('it' as const, 'en' as const), (name, place, label, all, lang) => {
        const draft = DRAFTS[lang](figures(name, place, label, all));
        const html = unsafe.render(toMarkdown(draft));
        expect(html).toBe(toHtml(draft));
        expect(tags(html).every((t) => ALLOWED.has(t))).toBe(true);
        for (const user of [name, place, label]) expect(textOf(html)).toContain(collapsed(user));
      }),
      { numRuns: 400 },
    );
  });
});
