/**
 * The README renders as its author meant: every code fence is closed on a line of its own, and
 * the sections a new user looks for are headings, not text swallowed by a runaway code block.
 * Parsed with markdown-it (in node_modules through graphiql; loaded with require, it has no types).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';

interface Token {
  type: string;
  tag: string;
  content: string;
  map: [number, number] | null;
}
type MarkdownIt = new () => { parse(source: string, env: object): Token[] };

const require = createRequire(import.meta.url);
const MarkdownIt = require('markdown-it') as MarkdownIt;
const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const tokens = new MarkdownIt().parse(README, {});

/** The text of every heading, in order. */
function headings(): string[] {
  return tokens.flatMap((token, i) => (token.type === 'heading_open' ? [tokens[i + 1]!.content] : []));
}

describe('README.md', () => {
  it('has every section a reader looks for as a heading', () => {
    expect(headings()).toEqual(
      expect.arrayContaining([
        'Two commands',
        'Configuration',
        'The API',
        'Logging',
        'Who may see and do what',
        'Recording the labs',
        "For the Region and the president's office",
        'The dashboard',
        'Data protection',
      ]),
    );
  });

  it('opens and closes every code fence on a line of its own', () => {
    const problems: string[] = [];
    let open: number | undefined;
    README.split('\n').forEach((line, index) => {
      const fence = /^\s*```(.*)$/.exec(line);
      if (!fence) return;
      const after = fence[1]!.trim();
      if (open === undefined) {
        // An opening fence carries at most a language name.
        if (!/^[\w-]*$/.test(after)) problems.push(`line ${index + 1}: text after an opening fence: ${line}`);
        open = index + 1;
      } else {
        if (after !== '') problems.push(`line ${index + 1}: text after a closing fence: ${line}`);
        open = undefined;
      }
    });
    if (open !== undefined) problems.push(`line ${open}: a fence never closed`);
    expect(problems).toEqual([]);
  });

  it('keeps prose and headings out of the code blocks', () => {
    const fences = tokens.filter((token) => token.type === 'fence');
    expect(fences.length).toBeGreaterThan(0);
    for (const fence of fences) {
      const where = `code block at line ${fence.map![0] + 1}`;
      // A fence line inside a code block: a closing fence the parser did not take as one.
      expect(fence.content, where).not.toContain('```');
      // A section heading (## …), a table row or the prose after a block: a runaway block (# is a shell comment).
      expect(fence.content, where).not.toMatch(/^#{2,6} |^\| |Errors carry/m);
      // A code block a few lines long: a runaway one would run on to the next sections.
      expect(fence.content.split('\n').length, where).toBeLessThan(20);
    }
  });
});
