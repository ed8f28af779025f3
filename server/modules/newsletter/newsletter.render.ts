/**
 * The draft as Markdown (what the dashboard's copy button copies) and as HTML (what it shows).
 * The HTML is what a CommonMark renderer (markdown-it, even with raw HTML enabled) makes of the
 * Markdown: a test renders one with the other and compares them, over hostile names and labels.
 */
import type { Draft } from './newsletter.text.js';

/** What a CommonMark renderer escapes in text (markdown-it's escapeHtml). */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Control characters, which no name or label should carry: read as a space. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Characters that start Markdown or HTML syntax anywhere in a line: escaped with a backslash. */
const SYNTAX = /[\\`*[\]<>&~|#]/g;
const WORD = /[\p{L}\p{N}]/u;

/**
 * User text (a project's name, a frozen report's label) made into Markdown that reads as that
 * text and nothing else: whitespace runs (line breaks included) become one space; every character
 * that could open emphasis, code, a link, an image, an autolink, raw HTML, an entity,
 * strikethrough or a table cell is escaped, and so is `_` where it could open or close emphasis
 * (inside a word, as in PRO_SALOMONE, it cannot, and stays as it is).
 */
export function markdownText(text: string): string {
  const plain = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < plain.length; i += 1) {
    const c = plain[i]!;
    if (c === '_') {
      const inWord = WORD.test(plain[i - 1] ?? '') && WORD.test(plain[i + 1] ?? '');
      out += inWord ? c : '\\_';
    } else out += c.replace(SYNTAX, '\\$&');
  }
  return out;
}

/** The Markdown inline text the drafts write (escapes, **strong**, *emphasis*) as HTML. */
function inline(markdown: string): string {
  let html = '';
  let strong = false;
  let em = false;
  for (const [token, escaped] of markdown.matchAll(/\\([!-/:-@[-`{-~])|\*\*|\*|[^\\*]+|\\/g)) {
    if (escaped !== undefined) html += escapeHtml(escaped);
    else if (token === '**') {
      html += strong ? '</strong>' : '<strong>';
      strong = !strong;
    } else if (token === '*') {
      html += em ? '</em>' : '<em>';
      em = !em;
    } else html += escapeHtml(token);
  }
  return html;
}

export function toMarkdown(draft: Draft): string {
  return `## ${markdownText(draft.title)}\n\n${draft.blocks.join('\n\n')}\n`;
}

export function toHtml(draft: Draft): string {
  const blocks = draft.blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith('- ')))
      return `<ul>\n${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('\n')}\n</ul>`;
    return `<p>${inline(block)}</p>`;
  });
  return `<h2>${inline(markdownText(draft.title))}</h2>\n${blocks.join('\n')}\n`;
}
