/**
 * The operators' workspace (/workspace) in a real headless Chromium against the real server, with
 * TRUSTED_DOCUMENTS=true (so the page runs only trusted documents): an operator signs in, imports
 * a file with errors (shown, nothing written), fixes and imports it, records an exit and a
 * repayment, corrects the repayment with a reason after a bad value is refused beside its field,
 * meets a locked period, and the dashboard's exact figures follow; another project's operator sees
 * none of it; no fiscal code is left in the browser's storage or URL.
 */
import { Writable } from 'node:stream';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.js';
import { AS_ADMIN, type TestApp } from './helpers/app.js';
import { fakeFiscalCode } from './helpers/csv-files.js';
import { ARTIFACTS, dashboardInBrowser } from './helpers/dashboard-browser.js';

const PROJECT = 'PRO_SALOMONE';
const AS_OF = '2020-08-31';
const HEADER = 'codice_fiscale;sesso;anno_nascita;titolo_studio;condizione;progetto;data_selezione;morosita';
const ROWS = [
  'ESMBAM78C52F205S;F;1978;ISCED_2;disoccupato_lungo_periodo;PRO_SALOMONE;15/10/2018;3.450,00',
  'ESMCAP69L04F205T;M;1969;ISCED_1;disoccupato_lungo_periodo;PRO_SALOMONE;15/10/2018;5.120,75',
  'ESMDAN90S63F205B;F;1990;ISCED_3;disoccupato;PRO_SALOMONE;22/10/2018;1.980,40',
  'ESMEAT84A30F205Q;M;1984;;disoccupato;PRO_SALOMONE;05/11/2018;2.760,00',
];
const SEARCHED_CODE = 'ESMDAN90S63F205B';
const csv = (rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
/** Line 3 (the second row) with a day that does not exist, line 5 with a sex that is not one. */
const BAD_FILE = csv([ROWS[0]!, ROWS[1]!.replace('15/10/2018', '31/02/2019'), ROWS[2]!, ROWS[3]!.replace(';M;', ';X;')]);
const GOOD_FILE = csv(ROWS);

let t: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let operatorKey: string;
let otherKey: string;
const consoleErrors: string[] = [];
/** The hub's log, at debug level (every request and SQL statement): no fiscal code may be in it. */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});
const REGISTERED_CODE = fakeFiscalCode(4242, 'F', 1980);

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const counts = async () =>
  t.one<{ people: number; enrolments: number }>(
    `select (select count(*)::int from person) as people, (select count(*)::int from enrolment where project_code = $1) as enrolments`,
    [PROJECT],
  );

async function createKey(role: string, projectCodes?: string[]): Promise<string> {
  const answer = await t.gql<{ createApiKey: { token: string } }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
    { i: { role, label: `workspace ${role}`, ...(projectCodes ? { projectCodes } : {}) } },
    AS_ADMIN,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.createApiKey.token;
}

/** Waits for the participants' list to be answered, and checks it was. */
async function listed(on: Page): Promise<void> {
  await on.waitForSelector('#people[data-state="done"], #people[data-state="error"]', { state: 'attached' });
  expect(await on.locator('#people').getAttribute('data-state'), (await on.locator('#search .form-status').textContent()) ?? '').toBe(
    'done',
  );
}

async function signIn(on: Page, key: string): Promise<void> {
  await on.goto(`${t.url}/workspace`);
  await on.locator('#sign-in-form input[name="key"]').fill(key);
  await on.locator('#sign-in-form button[type="submit"]').click();
  await on.waitForSelector('body[data-signed-in="true"]', { state: 'attached' });
  await listed(on);
}

async function chooseFile(text: string, name: string): Promise<void> {
  await page.locator('#import input[name="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

async function fillForm(id: string, values: Record<string, string | boolean>): Promise<string> {
  const form = page.locator(`#form-${id}`);
  for (const [name, value] of Object.entries(values)) {
    const control = form.locator(`[name="${name}"]`);
    const tag = await control.evaluate((element) => element.tagName);
    if (typeof value === 'boolean') await control.setChecked(value);
    else if (tag === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(
    (formId) => ['done', 'error'].includes(document.querySelector<HTMLElement>(`#form-${formId} .form-status`)?.dataset.state ?? ''),
    id,
  );
  return (await form.locator('.form-status').getAttribute('data-state'))!;
}

/** The dashboard's headline for the project (exact figures: the operator's key is in the session). */
async function headline(on: Page): Promise<{ employed: string; recovered: string }> {
  await on.goto(`${t.url}/?project=${PROJECT}&asOf=${AS_OF}`);
  await on.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
  const values = (await on.locator('.figure .value').allTextContents()).map(plain);
  expect(plain(await on.locator('#access').textContent())).toContain('esatte');
  return { employed: values[2]!, recovered: values[3]! };
}

dashboardInBrowser(
  (app, chromium) => {
    t = app;
    browser = chromium;
  },
  { demoScale: 0, env: { TRUSTED_DOCUMENTS: 'true' }, log: createLogger('debug', { destination: logStream, format: 'json' }) },
);

beforeAll(async () => {
  operatorKey = await createKey('OPERATOR', [PROJECT]);
  otherKey = await createKey('OPERATOR', ['GOLAB']);
  context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

describe("an operator in the workspace (TRUSTED_DOCUMENTS=true: the page's documents only)", () => {
  let before: { people: number; enrolments: number };
  let figuresBefore: { employed: string; recovered: string };

  it('signs in with the key kept in sessionStorage only, in Italian first', async () => {
    await signIn(page, operatorKey);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(plain(await page.locator('h1').textContent())).toBe('Area operatori');
    const storage = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
    expect(Object.values(storage.session)).toEqual([operatorKey]);
    expect(storage.local).toEqual({});
    expect(page.url()).not.toContain(operatorKey);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-participants.png'), fullPage: true });
  });

  it('shows every bad row of a file (line, column, reason) and writes nothing', async () => {
    before = await counts();
    await page.locator('[data-tab="import"]').click();
    await page.locator('#import select[name="kind"]').selectOption('PARTICIPANTS');
    await chooseFile(BAD_FILE, 'partecipanti-errori.csv');
    await page.locator('#import button[type="submit"]').click();
    await page.waitForSelector('#import-result[data-state="done"]');
    expect(await page.locator('[data-outcome="errors"]').isVisible()).toBe(true);
    const rows = await page
      .locator('.import-errors tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map(([line, column]) => [line, column])).toEqual([
      ['3', 'data_selezione'],
      ['5', 'sesso'],
    ]);
    for (const [, , reason] of rows) expect(reason!.length).toBeGreaterThan(5);
    expect(await page.locator('#import-confirm').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-import-errors.png'), fullPage: true });
    expect(await counts()).toEqual(before);
  });

  it('imports the fixed file after its dry run, with the progress indicator while it runs', async () => {
    await chooseFile(GOOD_FILE, 'partecipanti.csv');
    await page.locator('#import button[type="submit"]').click();
    await page.waitForSelector('#import-result[data-state="done"]');
    expect(await page.locator('[data-outcome="clean"]').isVisible()).toBe(true);
    expect(await page.locator('[data-count="rows"]').textContent()).toBe('4');
    expect(plain(await page.locator('[data-count="created"]').textContent())).toBe('4 persone, 4 iscrizioni, 0 attività, 0 presenze');
    // The dry run wrote nothing.
    expect(await counts()).toEqual(before);
    // The import's answer is held back until the indicator has been seen.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('WorkspaceImportFile')) await gate;
      await route.continue();
    });
    await page.locator('#import-confirm').click();
    await page.waitForSelector('#import-progress:not([hidden])');
    release();
    await page.waitForSelector('[data-outcome="written"]');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.waitForSelector('#import-progress', { state: 'hidden' });
    expect(await counts()).toEqual({ people: before.people + 4, enrolments: before.enrolments + 4 });
  });

  let enrolments: { id: string; selected_on: string }[];
  it('records an exit and a repayment through the forms; the dashboard follows', async () => {
    figuresBefore = await headline(page);
    await page.goto(`${t.url}/workspace`);
    await listed(page);
    enrolments = await t.sql(`select id, selected_on::text from enrolment where project_code = $1 order by selected_on, id`, [PROJECT]);
    // Every enrolment is on the page, with its id, for the forms.
    for (const e of enrolments) expect(await page.locator(`li[data-enrolment="${e.id}"]`).count()).toBe(1);

    await page.locator('[data-tab="forms"]').click();
    expect(
      await fillForm('recordExit', {
        enrolmentId: enrolments[0]!.id,
        exitedOn: '2019-06-28',
        outcome: 'EMPLOYED',
        contractType: 'PERMANENT',
        gainedQualification: 'YES',
        inEducationOrTrainingOnExit: 'NO',
      }),
    ).toBe('done');
    expect(await fillForm('recordRepayment', { enrolmentId: enrolments[1]!.id, paidOn: '2019-03-15', amount: '150,50' })).toBe('done');
    const [repayment] = await t.sql<{ id: string; amount: string }>(
      `select id, (amount_cents::numeric / 100)::numeric(12,2)::text as amount from repayment where enrolment_id = $1`,
      [enrolments[1]!.id],
    );
    expect(repayment!.amount).toBe('150.50');
    // The answers upon leaving (ESF CR01-CR03): yes, no, and the one left empty not recorded.
    expect(
      await t.one(
        `select outcome, qualification_on_exit, in_education_or_training_on_exit, job_searching_on_exit from enrolment where id = $1`,
        [enrolments[0]!.id],
      ),
    ).toEqual({ outcome: 'EMPLOYED', qualification_on_exit: true, in_education_or_training_on_exit: false, job_searching_on_exit: null });

    const after = await headline(page);
    const count = (text: string) => Number(text.replace(/\./g, ''));
    expect(count(after.employed)).toBe(count(figuresBefore.employed) + 1);
    const euros = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
    expect(euros(after.recovered)).toBe(euros(figuresBefore.recovered) + 15050);
    figuresBefore = after;
  });

  it('shows a bad value beside its field, then corrects the repayment with a reason', async () => {
    await page.goto(`${t.url}/workspace`);
    await listed(page);
    await page.locator('[data-tab="forms"]').click();
    const [repayment] = await t.sql<{ id: string }>(`select id from repayment where enrolment_id = $1`, [enrolments[1]!.id]);
    expect(await fillForm('correctRepayment', { repaymentId: repayment!.id, amount: '-5', reason: 'Importo trascritto male' })).toBe(
      'error',
    );
    const amountError = page.locator('#form-correctRepayment [data-error-for="amount"]');
    expect(plain(await amountError.textContent()).length).toBeGreaterThan(5);
    expect(await page.locator('#form-correctRepayment [data-error-for="reason"]').textContent()).toBe('');
    await page.locator('#form-correctRepayment').screenshot({ path: path.join(ARTIFACTS, 'workspace-field-error.png') });

    expect(await fillForm('correctRepayment', { repaymentId: repayment!.id, amount: '200,00', reason: 'Importo trascritto male' })).toBe(
      'done',
    );
    expect(await amountError.textContent()).toBe('');
    expect(
      (
        await t.one<{ amount: string }>(
          `select (amount_cents::numeric / 100)::numeric(12,2)::text as amount from repayment where id = $1`,
          [repayment!.id],
        )
      ).amount,
    ).toBe('200.00');
    const audit = await t.sql<{ reason: string }>(`select reason from audit_entry where entity = 'repayment' and action = 'update'`);
    expect(audit.map((a) => a.reason)).toEqual(['Importo trascritto male']);

    const after = await headline(page);
    const euros = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
    expect(euros(after.recovered)).toBe(euros(figuresBefore.recovered) + 4950);
    expect(after.employed).toBe(figuresBefore.employed);
  });

  it('shows a locked period as such, beside the day it refuses', async () => {
    const locked = await t.gql<{ lockPeriod: { id: string } }>(
      'mutation { lockPeriod(until: "2018-12-31", reason: "Rendicontato alla Regione") { id } }',
      {},
      AS_ADMIN,
    );
    await page.goto(`${t.url}/workspace`);
    await listed(page);
    await page.locator('[data-tab="forms"]').click();
    const before = await t.one<{ n: number }>(`select count(*)::int as n from repayment`);
    expect(await fillForm('recordRepayment', { enrolmentId: enrolments[2]!.id, paidOn: '2018-12-20', amount: '10' })).toBe('error');
    const error = page.locator('#form-recordRepayment [data-error-for="paidOn"]');
    expect(await error.getAttribute('class')).toContain('locked');
    expect(plain(await error.textContent())).toMatch(/^Periodo chiuso: la rendicontazione è chiusa fino al 31 dic 2018\./);
    await page.locator('#form-recordRepayment').screenshot({ path: path.join(ARTIFACTS, 'workspace-locked.png') });
    expect(await t.one<{ n: number }>(`select count(*)::int as n from repayment`)).toEqual(before);
    await t.gql(
      'mutation($id: ID!) { unlockPeriod(id: $id, reason: "Fine della prova") { id } }',
      { id: locked.data!.lockPeriod.id },
      AS_ADMIN,
    );
  });

  it('registers and enrols a person, records an activity and their attendance, voids it, through the forms', async () => {
    await page.goto(`${t.url}/workspace`);
    await listed(page);
    await page.locator('[data-tab="forms"]').click();
    const code = REGISTERED_CODE;
    expect(
      await fillForm('registerPerson', {
        fiscalCode: code,
        sex: 'FEMALE',
        birthYear: '1980',
        labourStatus: 'UNEMPLOYED',
        education: 'ISCED_2',
        joblessHousehold: 'YES',
        disability: 'NO',
      }),
    ).toBe('done');
    const personId = (await page.locator('#form-registerPerson .form-status').getAttribute('data-id'))!;
    // The situation at entry as given (education makes the record complete for the ESF); what is left empty is not recorded.
    expect(
      await t.one(`select education, jobless_household, disability, migrant_or_minority from person where id = $1`, [personId]),
    ).toEqual({ education: 'ISCED_2', jobless_household: true, disability: false, migrant_or_minority: null });
    // The code typed leaves the form once the person is registered.
    expect(await page.locator('#form-registerPerson [name="fiscalCode"]').inputValue()).toBe('');
    expect(
      await fillForm('enrolPerson', { personId, projectCode: PROJECT, selectedOn: '2019-02-01', arrearsAtEnrolment: '1.200,00' }),
    ).toBe('done');
    expect(
      await fillForm('recordActivity', { projectCode: PROJECT, heldOn: '2019-02-05', kind: 'TRAINING', title: 'Corso di cucina' }),
    ).toBe('done');
    const activityId = (await page.locator('#form-recordActivity .form-status').getAttribute('data-id'))!;
    expect(await fillForm('recordAttendance', { activityId, personId })).toBe('done');
    const enrolment = await t.one<{ arrears: string }>(
      `select (arrears_cents::numeric / 100)::numeric(12,2)::text as arrears from enrolment where person_id = $1 and project_code = $2`,
      [personId, PROJECT],
    );
    expect(enrolment.arrears).toBe('1200.00');
    expect(
      await t.one<{ n: number }>(`select count(*)::int as n from attendance where activity_id = $1 and person_id = $2`, [
        activityId,
        personId,
      ]),
    ).toEqual({
      n: 1,
    });
    // Voided with a reason: out of the live tables, whole in the trail.
    const attendance = await t.one<{ id: string }>(`select id from attendance where activity_id = $1`, [activityId]);
    expect(await fillForm('voidRecord', { record: 'ATTENDANCE', id: attendance.id, reason: 'Presenza segnata per errore' })).toBe('done');
    expect(await t.sql(`select id from attendance where id = $1`, [attendance.id])).toEqual([]);
    expect(
      (await t.sql<{ reason: string }>(`select reason from audit_entry where action = 'void' and entity_id = $1`, [attendance.id])).map(
        (r) => r.reason,
      ),
    ).toEqual(['Presenza segnata per errore']);
    // The same person twice in the same project: the API's conflict, beside the person's field.
    expect(await fillForm('enrolPerson', { personId, projectCode: PROJECT, selectedOn: '2019-03-01', arrearsAtEnrolment: '10' })).toBe(
      'error',
    );
    expect(await page.locator('#form-enrolPerson [data-error-for="personId"]').getAttribute('data-code')).toBe('CONFLICT');
  });

  it("lists what is to do: the enrolments past the path's length, no follow-up due, no case file waiting", async () => {
    await page.goto(`${t.url}/workspace`);
    await listed(page);
    await page.locator('[data-tab="todo"]').click();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.todo')].every((box) => box.dataset.state === 'done'));
    // Today is years after every selection of this test: each enrolment still open is overdue.
    const open = await t.sql<{ id: string }>(
      `select id from enrolment where project_code = $1 and exited_on is null and selected_on < current_date - interval '12 months'`,
      [PROJECT],
    );
    expect(open.length).toBeGreaterThan(2);
    const overdue = page.locator('.todo[data-list="enrolmentsOverdue"]');
    expect(await overdue.locator('.count').textContent()).toBe(String(open.length));
    const shown = await overdue.locator('li code').allTextContents();
    for (const { id } of open) expect(shown).toContain(id);
    expect(await page.locator('.todo[data-list="followUpsDue"] .count').textContent()).toBe('Nessun risultato.');
    expect(await page.locator('.todo[data-list="caseFilesAwaiting"] .count').textContent()).toBe('Nessun risultato.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-todo.png'), fullPage: true });
  });

  it('finds a person by a fiscal code typed, which is kept nowhere in the browser', async () => {
    await page.locator('[data-tab="people"]').click();
    await page.locator('#search input[name="fiscalCode"]').fill(SEARCHED_CODE.toLowerCase());
    await page.locator('#search button[type="submit"]').click();
    await listed(page);
    await page.waitForFunction(() => document.querySelectorAll('#people tbody tr').length === 1);
    expect(await page.locator('#people tbody tr').count()).toBe(1);
    expect(await page.locator('#search input[name="fiscalCode"]').inputValue()).toBe('');
    const seen = await page.evaluate(() =>
      JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage }, url: location.href }),
    );
    expect(seen.toUpperCase()).not.toContain(SEARCHED_CODE);
    expect(page.url()).not.toContain('?');
    expect(plain(await page.locator('#people tbody').textContent())).toContain('1990');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-search.png'), fullPage: true });
    // Nor in the hub's log, at debug level: not the code searched, nor the one registered, in any case.
    expect(logLines.length).toBeGreaterThan(100);
    const log = logLines.join('').toUpperCase();
    expect(log).not.toContain(SEARCHED_CODE);
    expect(log).not.toContain(REGISTERED_CODE);
  });

  it("fits a phone: no view runs past the screen's right edge at 390 px", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const tab of ['people', 'forms', 'import', 'todo']) {
        await page.locator(`[data-tab="${tab}"]`).click();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, tab).toBeLessThanOrEqual(390);
      }
      await page.locator('[data-tab="forms"]').click();
      await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-forms-390.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.locator('[data-tab="people"]').click();
    }
  });

  it('switches to English', async () => {
    await page.locator('#lang').click();
    expect(plain(await page.locator('h1').textContent())).toBe("Operators' workspace");
    expect(page.url()).toMatch(/\/workspace\?lang=en$/);
    await page.locator('#lang').click();
  });

  it('signs out: the key leaves the session', async () => {
    await page.locator('#sign-out').click();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('#sign-in').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('a key that reads no personal record', () => {
  it('is told so, and is not signed in', async () => {
    const analyst = await (await browser.newContext()).newPage();
    await analyst.goto(`${t.url}/workspace`);
    await analyst.locator('#sign-in-form input[name="key"]').fill(await createKey('ANALYST'));
    await analyst.locator('#sign-in-form button[type="submit"]').click();
    await analyst.waitForFunction(() => (document.querySelector('[data-error-for="key"]')?.textContent ?? '') !== '');
    expect(plain(await analyst.locator('[data-error-for="key"]').textContent())).toBe(
      'Questa chiave non legge i dati personali: serve una chiave OPERATOR (o ADMIN).',
    );
    expect(await analyst.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await analyst.locator('#signed-in').isHidden()).toBe(true);
  });
});

describe("another project's operator", () => {
  it('sees none of it: no participant, no way to write on them', async () => {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, otherKey);
    const ids = (await t.sql<{ person_id: string }>(`select person_id from enrolment where project_code = $1`, [PROJECT])).map(
      (r) => r.person_id,
    );
    const shown = await other.locator('#people tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.person));
    for (const id of ids) expect(shown).not.toContain(id);
    await other.locator('#search input[name="fiscalCode"]').fill(SEARCHED_CODE);
    await other.locator('#search button[type="submit"]').click();
    await listed(other);
    await other.waitForFunction(() => document.querySelectorAll('#people tbody tr').length === 0);
    expect(plain(await other.locator('#people-count').textContent())).toBe('Nessun risultato.');

    // Asking for the project by name: refused (FORBIDDEN, under the search form: the refusal names no input field).
    await other.locator('#search select[name="projectCodes"]').selectOption(PROJECT);
    await other.locator('#search button[type="submit"]').click();
    await other.waitForSelector('#people[data-state="error"]', { state: 'attached' });
    expect(plain(await other.locator('#search .form-status').textContent())).toMatch(/Refused|may not/);
    expect(await other.locator('#people tbody tr').count()).toBe(0);

    const [enrolment] = await t.sql<{ id: string }>(`select id from enrolment where project_code = $1 limit 1`, [PROJECT]);
    const repayments = await t.one<{ n: number }>(`select count(*)::int as n from repayment`);
    await other.locator('[data-tab="forms"]').click();
    const form = other.locator('#form-recordRepayment');
    await form.locator('[name="enrolmentId"]').fill(enrolment!.id);
    await form.locator('[name="paidOn"]').fill('2019-04-01');
    await form.locator('[name="amount"]').fill('10');
    await form.locator('button[type="submit"]').click();
    await other.waitForSelector('#form-recordRepayment .form-status[data-state="error"]');
    expect(await t.one<{ n: number }>(`select count(*)::int as n from repayment`)).toEqual(repayments);
  });
});
