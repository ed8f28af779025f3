import type { Draft } from './newsletter.text.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** **bold** and *emphasis*, on escaped text. */
function inline(text: string): string {
  return escape(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>');
}

export function toMarkdown(draft: Draft): string {
  return `## ${draft.title}\n\n${draft.blocks.join('\n\n')}\n`;
}

export function toHtml(draft: Draft): string {
  const blocks = draft.blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith('- ')))
      return `<ul>\n${lines.map((l) => `  <li>${inline(l.slice(2))}</li>`).join('\n')}\n</ul>`;
    return `<p>${inline(block)}</p>`;
  });
  return `<h2>${inline(draft.title)}</h2>\n${blocks.join('\n')}\n`;
}
