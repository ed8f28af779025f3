import type { Lang } from './format.js';

/** What the page shows; it lives in the URL, so a link reopens the same view. The API key never does. */
export interface ViewState {
  project: string | null;
  asOf: string | null;
  lang: Lang;
  /** The dashboard, or the newsletter draft above it. */
  view: 'dashboard' | 'newsletter';
}

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return {
    project: params.get('project') || null,
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    lang: params.get('lang') === 'en' ? 'en' : 'it',
    view: params.get('view') === 'newsletter' ? 'newsletter' : 'dashboard',
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.project) params.set('project', state.project);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.lang === 'en') params.set('lang', 'en');
  if (state.view === 'newsletter') params.set('view', 'newsletter');
  const text = params.toString();
  return text ? `?${text}` : '';
}
