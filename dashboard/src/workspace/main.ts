/**
 * The operators' workspace (/workspace): sign in with an OPERATOR (or ADMIN) key, kept in the
 * browser session only; the project's participants and their path; forms for every record, with
 * the API's field errors beside their fields; an import with its dry run; the "to do" lists.
 * Nothing personal is kept in the browser or put in a URL: a fiscal code typed for a search or a
 * registration is sent in the request's body and cleared from the form once answered.
 */
import { ApiError, apiKey, request } from '../api.js';
import { formatDate, formatMoney, type Lang } from '../format.js';
import { normaliseAmount, sumAmounts } from './amounts.js';
import {
  WorkspaceCaseFilesAwaitingDocument,
  WorkspaceCorrectEnrolmentDocument,
  WorkspaceCorrectRepaymentDocument,
  WorkspaceEnrolmentsOverdueDocument,
  WorkspaceEnrolPersonDocument,
  WorkspaceFollowUpsDueDocument,
  WorkspaceImportFileDocument,
  WorkspacePeopleDocument,
  WorkspaceRecordActivityDocument,
  WorkspaceRecordAttendanceDocument,
  WorkspaceRecordExitDocument,
  WorkspaceRecordFollowUpDocument,
  WorkspaceRecordRepaymentDocument,
  WorkspaceRegisterPersonDocument,
  WorkspaceSignInDocument,
  WorkspaceVoidRecordDocument,
  type ImportKind,
  type PeopleFilter,
  type WorkspaceImportFileMutation,
  type WorkspacePeopleQuery,
} from './gql/graphql.js';
import { LANGUAGES, type Language, type WorkspaceTexts } from './i18n.js';

let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'it';
let language: Language = LANGUAGES[lang];
let t: WorkspaceTexts = language.texts;
let projects: { code: string; name: string }[] = [];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const day = (iso: string | null | undefined) => (iso ? formatDate(iso, lang) : '');

// ---------------------------------------------------------------------------------------------
// The forms: each field is named as the API's input field, so an error's `field` finds its place.

type FieldKind = 'text' | 'date' | 'int' | 'money' | 'select' | 'checkbox' | 'project' | 'secret';
interface Field {
  name: string;
  kind: FieldKind;
  options?: readonly string[];
  optional?: boolean;
  /** A yes/no answer that may be left unrecorded: the select's YES and NO go to the API as true and false. */
  boolean?: boolean;
}
interface FormSpec {
  id: 'registerPerson' | 'enrolPerson' | 'recordExit' | 'recordFollowUp' | 'recordRepayment' | 'recordActivity' | 'recordAttendance';
  fields: Field[];
  /** Sends the input; answers the id of what was written, if any, and warnings. */
  send(input: Record<string, unknown>): Promise<{ id?: string; warnings?: readonly string[] }>;
}
type CorrectionId = 'correctEnrolment' | 'correctRepayment' | 'voidRecord';

const SEX = ['FEMALE', 'MALE'] as const;
const LABOUR = ['UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION', 'EMPLOYED'] as const;
const OUTCOMES = ['EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN'] as const;
const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER'] as const;
const ACTIVITY_KINDS = [
  'TRAINING',
  'JOB_SUPPORT',
  'SOCIAL_SUPPORT',
  'COMMUNITY_ANIMATION',
  'INTEGRATION',
  'OUTREACH',
  'ASSISTED_LIVING',
  'SELF_MANAGEMENT',
  'OTHER',
] as const;
const YES_NO = ['YES', 'NO'] as const;
const EDUCATION = ['ISCED_0', 'ISCED_1', 'ISCED_2', 'ISCED_3', 'ISCED_4', 'ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8'] as const;
const SITUATION = [
  'joblessHousehold',
  'joblessHouseholdWithChildren',
  'singleAdultWithChildren',
  'migrantOrMinority',
  'disability',
  'otherDisadvantaged',
  'housingExclusion',
] as const;
const VOIDABLE = ['ENROLMENT', 'REPAYMENT', 'FOLLOW_UP', 'ACTIVITY', 'ATTENDANCE', 'ARREARS_CASE'] as const;

/** The forms' values go to the API as they are (`as never`): the API checks them and names the field at fault. */
const FORMS: (FormSpec | { id: CorrectionId; fields: Field[]; send: FormSpec['send'] })[] = [
  {
    id: 'registerPerson',
    fields: [
      { name: 'fiscalCode', kind: 'secret' },
      { name: 'sex', kind: 'select', options: SEX },
      { name: 'birthYear', kind: 'int' },
      { name: 'labourStatus', kind: 'select', options: LABOUR },
      // The ESF's situation at entry: education (without it the record is incomplete), household and
      // disadvantages (the sensitive ones may be left unanswered).
      { name: 'education', kind: 'select', options: EDUCATION, optional: true },
      ...SITUATION.map((name) => ({ name, kind: 'select' as const, options: YES_NO, optional: true, boolean: true })),
    ],
    send: async (input) => ({ id: (await request(WorkspaceRegisterPersonDocument, { input: input as never })).registerPerson.id }),
  },
  {
    id: 'enrolPerson',
    fields: [
      { name: 'personId', kind: 'text' },
      { name: 'projectCode', kind: 'project' },
      { name: 'selectedOn', kind: 'date' },
      { name: 'arrearsAtEnrolment', kind: 'money' },
    ],
    send: async (input) => (await request(WorkspaceEnrolPersonDocument, { input: input as never })).enrolPerson,
  },
  {
    id: 'recordExit',
    fields: [
      { name: 'enrolmentId', kind: 'text' },
      { name: 'exitedOn', kind: 'date' },
      { name: 'outcome', kind: 'select', options: OUTCOMES },
      { name: 'contractType', kind: 'select', options: CONTRACTS, optional: true },
      // Upon leaving, for the ESF results (CR01-CR03, CR05): left empty, not recorded.
      { name: 'gainedQualification', kind: 'select', options: YES_NO, optional: true, boolean: true },
      { name: 'jobSearchingOnExit', kind: 'select', options: YES_NO, optional: true, boolean: true },
      { name: 'inEducationOrTrainingOnExit', kind: 'select', options: YES_NO, optional: true, boolean: true },
    ],
    send: async (input) => (await request(WorkspaceRecordExitDocument, { input: input as never })).recordExit,
  },
  {
    id: 'recordFollowUp',
    fields: [
      { name: 'enrolmentId', kind: 'text' },
      { name: 'observedOn', kind: 'date' },
      { name: 'employed', kind: 'checkbox' },
      { name: 'improvedSituation', kind: 'checkbox' },
    ],
    send: async (input) => (await request(WorkspaceRecordFollowUpDocument, { input: input as never })).recordFollowUp,
  },
  {
    id: 'recordRepayment',
    fields: [
      { name: 'enrolmentId', kind: 'text' },
      { name: 'paidOn', kind: 'date' },
      { name: 'amount', kind: 'money' },
    ],
    send: async (input) => (await request(WorkspaceRecordRepaymentDocument, { input: input as never })).recordRepayment,
  },
  {
    id: 'recordActivity',
    fields: [
      { name: 'projectCode', kind: 'project' },
      { name: 'heldOn', kind: 'date' },
      { name: 'kind', kind: 'select', options: ACTIVITY_KINDS },
      { name: 'title', kind: 'text' },
    ],
    send: async (input) => (await request(WorkspaceRecordActivityDocument, { input: input as never })).recordActivity,
  },
  {
    id: 'recordAttendance',
    fields: [
      { name: 'activityId', kind: 'text' },
      { name: 'personId', kind: 'text', optional: true },
      { name: 'anonymousHeadcount', kind: 'int', optional: true },
    ],
    send: async (input) => (await request(WorkspaceRecordAttendanceDocument, { input: input as never })).recordAttendance,
  },
  {
    id: 'correctEnrolment',
    fields: [
      { name: 'enrolmentId', kind: 'text' },
      { name: 'selectedOn', kind: 'date', optional: true },
      { name: 'arrearsAtEnrolment', kind: 'money', optional: true },
      { name: 'exitedOn', kind: 'date', optional: true },
      { name: 'outcome', kind: 'select', options: OUTCOMES, optional: true },
      { name: 'contractType', kind: 'select', options: CONTRACTS, optional: true },
      { name: 'removeExit', kind: 'checkbox', optional: true },
      { name: 'reason', kind: 'text' },
    ],
    send: async (input) => (await request(WorkspaceCorrectEnrolmentDocument, { input: input as never })).correctEnrolment,
  },
  {
    id: 'correctRepayment',
    fields: [
      { name: 'repaymentId', kind: 'text' },
      { name: 'paidOn', kind: 'date', optional: true },
      { name: 'amount', kind: 'money', optional: true },
      { name: 'reason', kind: 'text' },
    ],
    send: async (input) => (await request(WorkspaceCorrectRepaymentDocument, { input: input as never })).correctRepayment,
  },
  {
    id: 'voidRecord',
    fields: [
      { name: 'record', kind: 'select', options: VOIDABLE },
      { name: 'id', kind: 'text' },
      { name: 'reason', kind: 'text' },
    ],
    send: async (input) => {
      await request(WorkspaceVoidRecordDocument, { input: input as never });
      return {};
    },
  },
];

function fieldHtml(field: Field): string {
  const name = escape(field.name);
  let control: string;
  switch (field.kind) {
    case 'select':
    case 'project':
      control = `<select name="${name}">${field.optional ? '<option value=""></option>' : ''}</select>`;
      break;
    case 'checkbox':
      control = `<input type="checkbox" name="${name}" />`;
      break;
    case 'date':
      control = `<input type="date" name="${name}" />`;
      break;
    case 'int':
      control = `<input type="text" inputmode="numeric" name="${name}" />`;
      break;
    case 'money':
      control = `<input type="text" inputmode="decimal" name="${name}" />`;
      break;
    case 'secret':
      // Typed, sent, cleared: no autocomplete history, no spellchecker sending it anywhere.
      control = `<input type="text" name="${name}" autocomplete="off" spellcheck="false" />`;
      break;
    default:
      control = `<input type="text" name="${name}" autocomplete="off" />`;
  }
  return `<div class="field${field.kind === 'checkbox' ? ' check' : ''}" data-field="${name}"><label><span data-label="${name}"></span>${control}</label><p class="field-error" data-error-for="${name}" role="alert"></p></div>`;
}

/** The form's values as the API's input: empty optional fields left out, numbers and amounts as the API takes them. */
function formInput(form: HTMLFormElement, fields: Field[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const element = form.elements.namedItem(field.name) as HTMLInputElement | HTMLSelectElement;
    if (field.kind === 'checkbox') {
      const checked = (element as HTMLInputElement).checked;
      if (checked || !field.optional) input[field.name] = checked;
      continue;
    }
    const value = element.value.trim();
    if (value === '' && field.optional) continue;
    if (field.boolean) input[field.name] = value === 'YES';
    else if (field.kind === 'int') input[field.name] = /^\d+$/.test(value) ? Number(value) : value;
    else if (field.kind === 'money') input[field.name] = normaliseAmount(value);
    else input[field.name] = value;
  }
  return input;
}

/** Where the API's error goes: beside the field it names (its last part: "input.amount" is "amount"), else under the form. */
function showError(form: HTMLFormElement, error: unknown): void {
  const status = form.querySelector<HTMLElement>('.form-status')!;
  if (!(error instanceof ApiError)) {
    status.textContent = t.apiDown;
    status.dataset.state = 'error';
    return;
  }
  if (error.code === 'UNAUTHENTICATED') return signOut(t.badKey);
  const leaf = error.field?.split('.').at(-1);
  const place = leaf ? form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(leaf)}"]`) : null;
  const text = error.lockedUntil ? `${t.locked} ${day(error.lockedUntil)}. ${error.message}` : error.message;
  if (place) {
    place.textContent = text;
    place.dataset.code = error.code ?? '';
    place.classList.toggle('locked', Boolean(error.lockedUntil));
    place.closest('.field')?.classList.add('invalid');
    status.textContent = '';
    status.dataset.state = 'error';
  } else {
    status.textContent = text;
    status.dataset.state = 'error';
    status.classList.toggle('locked', Boolean(error.lockedUntil));
  }
}

function clearErrors(form: HTMLFormElement): void {
  for (const element of form.querySelectorAll<HTMLElement>('.field-error')) {
    element.textContent = '';
    element.classList.remove('locked');
    delete element.dataset.code;
  }
  for (const element of form.querySelectorAll('.field.invalid')) element.classList.remove('invalid');
  const status = form.querySelector<HTMLElement>('.form-status')!;
  status.textContent = '';
  status.classList.remove('locked');
  delete status.dataset.state;
}

// ---------------------------------------------------------------------------------------------
// The page.

const app = document.querySelector<HTMLDivElement>('#app')!;
app.innerHTML = `
  <header class="top">
    <div><h1 data-t="title"></h1><p data-t="subtitle"></p></div>
    <div class="controls">
      <a href="/" id="to-dashboard" data-t="dashboard"></a>
      <button type="button" id="sign-out" data-t="signOut" hidden></button>
      <button type="button" id="lang" data-t="language"></button>
    </div>
  </header>
  <main class="workspace">
    <section class="panel" id="sign-in">
      <form id="sign-in-form" autocomplete="off">
        <div class="field"><label><span data-t="keyLabel"></span><input type="password" name="key" autocomplete="off" /></label>
        <p class="field-error" data-error-for="key" role="alert"></p></div>
        <p class="hint" data-t="keyHint"></p>
        <button type="submit" data-t="signIn"></button>
      </form>
    </section>
    <div id="signed-in" hidden>
      <nav class="tabs" role="tablist">
        <button type="button" role="tab" data-tab="people" data-t="tabPeople"></button>
        <button type="button" role="tab" data-tab="forms" data-t="tabForms"></button>
        <button type="button" role="tab" data-tab="import" data-t="tabImport"></button>
        <button type="button" role="tab" data-tab="todo" data-t="tabToDo"></button>
      </nav>
      <section class="panel wide" data-view="people">
        <form id="search" autocomplete="off">
          <div class="field"><label><span data-t="project"></span><select name="projectCodes"></select></label>
            <p class="field-error" data-error-for="projectCodes" role="alert"></p></div>
          <div class="field"><label><span data-t="searchId"></span><input type="text" name="id" /></label>
            <p class="field-error" data-error-for="id" role="alert"></p></div>
          <div class="field"><label><span data-t="searchFiscalCode"></span><input type="text" name="fiscalCode" autocomplete="off" spellcheck="false" /></label>
            <p class="field-error" data-error-for="fiscalCode" role="alert"></p></div>
          <button type="submit" data-t="search"></button>
          <button type="button" id="search-clear" data-t="clear"></button>
          <p class="form-status" role="status"></p>
        </form>
        <p class="count" id="people-count"></p>
        <table class="records" id="people"><thead><tr><th data-t="person"></th><th data-t="path"></th></tr></thead><tbody></tbody></table>
        <button type="button" id="people-more" data-t="more" hidden></button>
      </section>
      <section class="panel wide" data-view="forms" hidden><div class="forms"></div></section>
      <section class="panel wide" data-view="import" hidden>
        <form id="import" autocomplete="off">
          <div class="field"><label><span data-t="importKind"></span><select name="kind"><option value="PARTICIPANTS"></option><option value="ATTENDANCE"></option></select></label></div>
          <div class="field"><label><span data-t="importFile"></span><input type="file" name="file" accept=".csv,text/csv,text/plain" /></label>
            <p class="field-error" data-error-for="csv" role="alert"></p></div>
          <button type="submit" data-t="importCheck"></button>
          <button type="button" id="import-confirm" data-t="importConfirm" disabled></button>
          <p class="form-status" role="status"></p>
          <div class="progress" id="import-progress" hidden><progress></progress> <span data-t="importRunning"></span></div>
        </form>
        <div id="import-result"></div>
      </section>
      <section class="panel wide" data-view="todo" hidden>
        <div class="todo" data-list="followUpsDue"><h2 data-t="followUpsDue"></h2><p class="count"></p><ul></ul><button type="button" data-t="more" hidden></button></div>
        <div class="todo" data-list="enrolmentsOverdue"><h2 data-t="enrolmentsOverdue"></h2><p class="count"></p><ul></ul><button type="button" data-t="more" hidden></button></div>
        <div class="todo" data-list="caseFilesAwaiting"><h2 data-t="caseFilesAwaiting"></h2><p class="count"></p><ul></ul><button type="button" data-t="more" hidden></button></div>
      </section>
    </div>
  </main>`;

const formsBox = app.querySelector<HTMLDivElement>('.forms')!;
for (const spec of FORMS) {
  const form = document.createElement('form');
  form.className = 'record-form';
  // Set as an attribute: a control named "id" (voidRecord's) shadows the form's own `id` property.
  form.setAttribute('id', `form-${spec.id}`);
  form.dataset.form = spec.id;
  form.autocomplete = 'off';
  form.innerHTML = `<h2 data-t="${spec.id}"></h2>${spec.fields.map(fieldHtml).join('')}<button type="submit" data-t="save"></button><p class="form-status" role="status"></p>`;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitForm(form, spec);
  });
  formsBox.append(form);
}

async function submitForm(form: HTMLFormElement, spec: (typeof FORMS)[number]): Promise<void> {
  clearErrors(form);
  const status = form.querySelector<HTMLElement>('.form-status')!;
  status.dataset.state = 'loading';
  try {
    const answer = await spec.send(formInput(form, spec.fields));
    status.textContent = [answer.id ? `${t.savedId} ${answer.id}` : t.saved, ...(answer.warnings ?? [])].join(' ');
    status.dataset.state = 'done';
    if (answer.id) status.dataset.id = answer.id;
    // The fiscal code typed is not left on the page once written.
    for (const field of spec.fields) if (field.kind === 'secret') (form.elements.namedItem(field.name) as HTMLInputElement).value = '';
  } catch (error) {
    showError(form, error);
  }
}

/** The options of every select: enum values in the language of the moment, projects by code. */
function fillSelects(): void {
  for (const form of app.querySelectorAll<HTMLFormElement>('form.record-form')) {
    const spec = FORMS.find((f) => f.id === form.dataset.form)!;
    for (const field of spec.fields) {
      if (field.kind !== 'select' && field.kind !== 'project') continue;
      const select = form.elements.namedItem(field.name) as HTMLSelectElement;
      const chosen = select.value;
      const values = field.kind === 'project' ? projects.map((p) => p.code) : [...field.options!];
      select.innerHTML =
        (field.optional ? '<option value=""></option>' : '') +
        values.map((v) => `<option value="${escape(v)}">${escape(field.kind === 'project' ? v : language.value(v))}</option>`).join('');
      if (chosen) select.value = chosen;
    }
  }
  const search = app.querySelector<HTMLSelectElement>('#search select[name="projectCodes"]')!;
  const chosen = search.value;
  search.innerHTML =
    `<option value="">${escape(t.allProjects)}</option>` +
    projects.map((p) => `<option value="${escape(p.code)}">${escape(p.code)}</option>`).join('');
  search.value = chosen;
  for (const option of app.querySelectorAll<HTMLOptionElement>('#import select[name="kind"] option')) {
    option.textContent = language.value(option.value);
  }
}

function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = `${t.title} · Quartieri`;
  for (const element of app.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = t[element.dataset.t as keyof WorkspaceTexts];
  for (const element of app.querySelectorAll<HTMLElement>('[data-label]')) element.textContent = language.field(element.dataset.label!);
  app.querySelector<HTMLAnchorElement>('#to-dashboard')!.href = lang === 'en' ? '/?lang=en' : '/';
  fillSelects();
}

app.querySelector('#lang')!.addEventListener('click', () => {
  lang = lang === 'it' ? 'en' : 'it';
  language = LANGUAGES[lang];
  t = language.texts;
  // Only the language is in the URL: nothing personal ever is.
  history.replaceState(null, '', lang === 'en' ? `${location.pathname}?lang=en` : location.pathname);
  applyTexts();
  if (apiKey.get()) void loadAll();
});

function showTab(tab: string): void {
  for (const view of app.querySelectorAll<HTMLElement>('[data-view]')) view.hidden = view.dataset.view !== tab;
  for (const button of app.querySelectorAll<HTMLElement>('[data-tab]'))
    button.setAttribute('aria-selected', String(button.dataset.tab === tab));
}
for (const button of app.querySelectorAll<HTMLElement>('[data-tab]')) button.addEventListener('click', () => showTab(button.dataset.tab!));

// ---------------------------------------------------------------------------------------------
// Signing in and out.

const signInForm = app.querySelector<HTMLFormElement>('#sign-in-form')!;
signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = signInForm.elements.namedItem('key') as HTMLInputElement;
  const key = input.value.trim();
  input.value = '';
  if (!key) return;
  apiKey.set(key);
  void start();
});
app.querySelector('#sign-out')!.addEventListener('click', () => signOut());

function signOut(why?: string): void {
  apiKey.clear();
  projects = [];
  showSignedIn(false);
  app.querySelector('#people tbody')!.innerHTML = '';
  app.querySelector('#import-result')!.innerHTML = '';
  for (const list of app.querySelectorAll('.todo ul')) list.innerHTML = '';
  signInForm.querySelector<HTMLElement>('[data-error-for="key"]')!.textContent = why ?? '';
}

function showSignedIn(signedIn: boolean): void {
  app.querySelector<HTMLElement>('#sign-in')!.hidden = signedIn;
  app.querySelector<HTMLElement>('#signed-in')!.hidden = !signedIn;
  app.querySelector<HTMLElement>('#sign-out')!.hidden = !signedIn;
  document.body.dataset.signedIn = String(signedIn);
}

async function start(): Promise<void> {
  try {
    const answer = await request(WorkspaceSignInDocument, {});
    projects = answer.projects;
  } catch (error) {
    const code = error instanceof ApiError ? error.code : undefined;
    signOut(code === 'UNAUTHENTICATED' ? t.badKey : code === 'FORBIDDEN' ? t.notOperator : t.apiDown);
    return;
  }
  showSignedIn(true);
  showTab('people');
  fillSelects();
  await loadAll();
}

async function loadAll(): Promise<void> {
  await Promise.all([loadPeople(false), ...TODO_LISTS.map((list) => loadToDo(list, false))]);
}

// ---------------------------------------------------------------------------------------------
// The participants and their path.

const searchForm = app.querySelector<HTMLFormElement>('#search')!;
let peopleFilter: PeopleFilter = {};
let peopleCursor: string | null = null;

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = (name: string) => (searchForm.elements.namedItem(name) as HTMLInputElement).value.trim();
  const filter: PeopleFilter = {};
  if (value('projectCodes')) filter.projectCodes = [value('projectCodes')];
  if (value('id')) filter.id = value('id');
  if (value('fiscalCode')) filter.fiscalCode = value('fiscalCode').toUpperCase();
  peopleFilter = filter;
  void loadPeople(false).finally(() => {
    // The fiscal code leaves the page once the server has answered.
    (searchForm.elements.namedItem('fiscalCode') as HTMLInputElement).value = '';
  });
});
app.querySelector('#search-clear')!.addEventListener('click', () => {
  searchForm.reset();
  peopleFilter = {};
  void loadPeople(false);
});
app.querySelector('#people-more')!.addEventListener('click', () => void loadPeople(true));

type PersonNode = WorkspacePeopleQuery['people']['edges'][number]['node'];

function pathHtml(person: PersonNode): string {
  if (person.enrolments.length === 0) return `<span class="muted">${escape(t.noEnrolment)}</span>`;
  return `<ul>${person.enrolments
    .map((e) => {
      const parts = [
        `<b>${escape(e.project.code)}</b> ${escape(t.enrolled)} ${day(e.selectedOn)} (${formatMoney(e.arrearsAtEnrolment, lang)})`,
      ];
      if (e.exitedOn) parts.push(`${escape(t.exited)} ${day(e.exitedOn)}: ${escape(language.value(e.outcome ?? ''))}`);
      else parts.push(`${escape(t.inProgress)} ${day(e.pathEndsOn)}`);
      if (e.followUp) parts.push(`${escape(t.followUpRecorded)} ${day(e.followUp.observedOn)}`);
      else if (e.followUpWindow) parts.push(`${escape(t.followUpWindow)} ${day(e.followUpWindow.from)} – ${day(e.followUpWindow.to)}`);
      if (e.repayments.length > 0) {
        const ids = e.repayments.map((r) => `<code data-repayment="${escape(r.id)}">${escape(r.id)}</code>`).join(' ');
        parts.push(
          `${e.repayments.length} ${escape(t.repayments)}: ${formatMoney(sumAmounts(e.repayments.map((r) => r.amount)), lang)} ${ids}`,
        );
      }
      return `<li data-enrolment="${escape(e.id)}">${parts.join(' · ')} <code>${escape(e.id)}</code></li>`;
    })
    .join('')}</ul>`;
}

async function loadPeople(more: boolean): Promise<void> {
  const table = app.querySelector<HTMLTableElement>('#people')!;
  const status = searchForm.querySelector<HTMLElement>('.form-status')!;
  clearErrors(searchForm);
  table.dataset.state = 'loading';
  status.textContent = t.loading;
  try {
    const { people } = await request(WorkspacePeopleDocument, { filter: peopleFilter, after: more ? peopleCursor : null });
    const rows = people.edges
      .map(
        ({ node }) =>
          `<tr data-person="${escape(node.id)}"><td><code>${escape(node.id)}</code><br />${escape(language.value(node.sex))}, ${node.birthYear}` +
          `<br /><span class="muted">${escape(node.projectCodes.join(', '))}</span></td><td>${pathHtml(node)}</td></tr>`,
      )
      .join('');
    const body = table.querySelector('tbody')!;
    if (more) body.insertAdjacentHTML('beforeend', rows);
    else body.innerHTML = rows;
    peopleCursor = people.pageInfo.endCursor ?? null;
    app.querySelector<HTMLElement>('#people-more')!.hidden = !people.pageInfo.hasNextPage;
    app.querySelector('#people-count')!.textContent = people.totalCount === 0 ? t.none : `${t.tabPeople}: ${people.totalCount}`;
    status.textContent = '';
    table.dataset.state = 'done';
  } catch (error) {
    // A refused search shows no rows of the search before it.
    if (!more) {
      table.querySelector('tbody')!.innerHTML = '';
      app.querySelector<HTMLElement>('#people-more')!.hidden = true;
      app.querySelector('#people-count')!.textContent = '';
    }
    table.dataset.state = 'error';
    showError(searchForm, error);
  }
}

// ---------------------------------------------------------------------------------------------
// The "to do" lists.

interface ToDoList {
  id: 'followUpsDue' | 'enrolmentsOverdue' | 'caseFilesAwaiting';
  load(after: string | null): Promise<{ total: number; next: string | null; items: string[] }>;
}
const page = <N>(c: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: N }[] }) => ({
  total: c.totalCount,
  next: c.pageInfo.hasNextPage ? (c.pageInfo.endCursor ?? null) : null,
  nodes: c.edges.map((e) => e.node),
});
const TODO_LISTS: ToDoList[] = [
  {
    id: 'followUpsDue',
    async load(after) {
      const p = page((await request(WorkspaceFollowUpsDueDocument, { after })).followUpsDue);
      return {
        ...p,
        items: p.nodes.map(
          (e) =>
            `<b>${escape(e.project.code)}</b> <code>${escape(e.person.id)}</code> · ${escape(t.exited)} ${day(e.exitedOn)} · ${escape(t.followUpWindow)} ` +
            `${day(e.followUpWindow?.from)} – ${day(e.followUpWindow?.to)} · <code>${escape(e.id)}</code>`,
        ),
      };
    },
  },
  {
    id: 'enrolmentsOverdue',
    async load(after) {
      const p = page((await request(WorkspaceEnrolmentsOverdueDocument, { after })).enrolmentsOverdue);
      return {
        ...p,
        items: p.nodes.map(
          (e) =>
            `<b>${escape(e.project.code)}</b> <code>${escape(e.person.id)}</code> · ${escape(t.enrolled)} ${day(e.selectedOn)} · ${escape(t.pathEnded)} ${day(e.pathEndsOn)} · <code>${escape(e.id)}</code>`,
        ),
      };
    },
  },
  {
    id: 'caseFilesAwaiting',
    async load(after) {
      const p = page((await request(WorkspaceCaseFilesAwaitingDocument, { after })).caseFilesAwaitingCommittee);
      return {
        ...p,
        items: p.nodes.map(
          (c) =>
            `<b>${escape(c.project.code)}</b> <code>${escape(c.person.id)}</code> · ${escape(t.opened)} ${day(c.openedOn)} · ${escape(t.submitted)} ${day(c.statusChangedOn)} · <code>${escape(c.id)}</code>`,
        ),
      };
    },
  },
];
const todoCursors = new Map<string, string | null>();

async function loadToDo(list: ToDoList, more: boolean): Promise<void> {
  const box = app.querySelector<HTMLElement>(`.todo[data-list="${list.id}"]`)!;
  box.dataset.state = 'loading';
  try {
    const answer = await list.load(more ? (todoCursors.get(list.id) ?? null) : null);
    const items = answer.items.map((item) => `<li>${item}</li>`).join('');
    const ul = box.querySelector('ul')!;
    if (more) ul.insertAdjacentHTML('beforeend', items);
    else ul.innerHTML = items;
    todoCursors.set(list.id, answer.next);
    box.querySelector('.count')!.textContent = answer.total === 0 ? t.none : String(answer.total);
    box.querySelector<HTMLElement>('button')!.hidden = answer.next === null;
    box.dataset.state = 'done';
  } catch (error) {
    box.dataset.state = 'error';
    box.querySelector('.count')!.textContent =
      error instanceof ApiError && error.code !== 'INTERNAL_SERVER_ERROR' ? error.message : t.apiDown;
  }
}
for (const list of TODO_LISTS) {
  app.querySelector(`.todo[data-list="${list.id}"] button`)!.addEventListener('click', () => void loadToDo(list, true));
}

// ---------------------------------------------------------------------------------------------
// The import: a dry run first, then the same file for real once it has no bad row.

const importForm = app.querySelector<HTMLFormElement>('#import')!;
const confirmButton = app.querySelector<HTMLButtonElement>('#import-confirm')!;
/** The file checked last, in memory only until it is imported or another is chosen. */
let checked: { kind: ImportKind; csv: string; fileName: string } | null = null;

(importForm.elements.namedItem('file') as HTMLInputElement).addEventListener('change', () => {
  checked = null;
  confirmButton.disabled = true;
  app.querySelector('#import-result')!.innerHTML = '';
});
importForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void runImport(true);
});
confirmButton.addEventListener('click', () => void runImport(false));

async function runImport(dryRun: boolean): Promise<void> {
  clearErrors(importForm);
  const status = importForm.querySelector<HTMLElement>('.form-status')!;
  const result = app.querySelector<HTMLElement>('#import-result')!;
  let job = checked;
  if (dryRun) {
    const file = (importForm.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) {
      status.textContent = t.importNoFile;
      return;
    }
    job = {
      kind: (importForm.elements.namedItem('kind') as HTMLSelectElement).value as ImportKind,
      csv: await file.text(),
      fileName: file.name,
    };
  }
  if (!job) return;
  const progress = app.querySelector<HTMLElement>('#import-progress')!;
  progress.hidden = false;
  confirmButton.disabled = true;
  result.dataset.state = 'loading';
  try {
    const { importFile } = await request(WorkspaceImportFileDocument, { ...job, dryRun });
    result.innerHTML = importHtml(importFile);
    result.dataset.state = 'done';
    checked = dryRun && importFile.errors.length === 0 ? job : null;
    confirmButton.disabled = checked === null;
    if (!dryRun && importFile.written) {
      importForm.reset();
      void loadAll();
    }
  } catch (error) {
    result.dataset.state = 'error';
    result.innerHTML = '';
    showError(importForm, error);
  } finally {
    progress.hidden = true;
  }
}

function importHtml(r: WorkspaceImportFileMutation['importFile']): string {
  const counts = `${r.created.people} ${t.people}, ${r.created.enrolments} ${t.enrolments}, ${r.created.activities} ${t.activities}, ${r.created.attendances} ${t.attendances}`;
  const summary = `<dl class="import-summary"><dt>${escape(t.importRows)}</dt><dd data-count="rows">${r.rows}</dd><dt>${escape(t.importSkipped)}</dt><dd data-count="skipped">${r.skipped}</dd><dt>${escape(r.written ? t.importWritten : t.importCreated)}</dt><dd data-count="created">${escape(counts)}</dd></dl>`;
  if (r.errors.length === 0) {
    return `<p class="import-outcome" data-outcome="${r.written ? 'written' : 'clean'}">${escape(r.written ? t.importDone : t.importClean)}</p>${summary}`;
  }
  const rows = r.errors.map((e) => `<tr><td>${e.row}</td><td>${escape(e.column)}</td><td>${escape(e.message)}</td></tr>`).join('');
  return `<p class="import-outcome bad" data-outcome="errors">${escape(t.importBad)}</p>${summary}<table class="records import-errors"><thead><tr><th>${escape(t.line)}</th><th>${escape(t.column)}</th><th>${escape(t.reason)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------

applyTexts();
showSignedIn(false);
if (apiKey.get()) void start();
