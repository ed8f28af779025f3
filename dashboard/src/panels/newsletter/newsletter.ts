import { request } from '../../api.js';
import type { Lang } from '../../format.js';
import { NewsletterDraftDocument, type ReportFilter } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';
// Its print rules: one A4 page, no UI text.
import './newsletter.css';

/**
 * The newsletter page: the draft the API writes (title and paragraphs, HTML escaped by the
 * server), a button that copies its Markdown, and the charts as pictures for print.
 */
export async function renderNewsletter(
  host: HTMLElement,
  filter: ReportFilter,
  lang: Lang,
  texts: Texts,
  charts: () => { title: string; png: string }[],
): Promise<void> {
  const { newsletterUpdate: draft } = await request(NewsletterDraftDocument, { filter, language: lang === 'en' ? 'EN' : 'IT' });
  host.innerHTML = `
    <header><h2></h2><div class="tools"><button type="button" data-action="copy"></button><button type="button" data-action="print"></button></div></header>
    <article class="draft"></article>
    <p class="status" role="status"></p>
    <h3></h3>
    <div class="gallery"></div>`;
  host.querySelector('h2')!.textContent = texts.newsletter.heading;
  host.querySelector('h3')!.textContent = texts.newsletter.charts;
  host.querySelector('article')!.innerHTML = draft.html;
  const copy = host.querySelector<HTMLButtonElement>('[data-action="copy"]')!;
  copy.textContent = texts.newsletter.copy;
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(draft.markdown).then(() => {
      host.querySelector('.status')!.textContent = texts.newsletter.copied;
    });
  });
  const print = host.querySelector<HTMLButtonElement>('[data-action="print"]')!;
  print.textContent = texts.newsletter.print;
  print.addEventListener('click', () => window.print());
  const gallery = host.querySelector('.gallery')!;
  for (const chart of charts()) {
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.src = chart.png;
    img.alt = chart.title;
    const caption = document.createElement('figcaption');
    caption.textContent = chart.title;
    figure.append(img, caption);
    gallery.append(figure);
  }
}
