/** The newsletter update's text, pinned on a small fixed data set, in Italian and in English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const f = new Fixtures(t);
  const people = [];
  for (let i = 0; i < 4; i += 1)
    people.push(await f.person({ sex: i % 2 ? 'MALE' : 'FEMALE', birthYear: 1970 + i, labourStatus: 'UNEMPLOYED', education: 'ISCED_2' }));
  const a = await f.activity('PRO_SALOMONE', '2019-03-01');
  const b = await f.activity('GOLAB', '2019-04-01');
  for (const person of people) await f.attend(a, person);
  await f.attend(b, people[0]!);
  const e1 = await f.enrol(people[0]!, 'PRO_SALOMONE', '2018-10-01', 450000);
  const e2 = await f.enrol(people[1]!, 'PRO_SALOMONE', '2018-10-01', 300025);
  await f.enrol(people[2]!, 'GOLAB', '2019-01-15', 120000);
  await f.exit(e1, '2019-06-30', 'EMPLOYED', { contractType: 'PERMANENT' });
  await f.repay(e1, '2019-08-01', 125050);
  await f.exit(e2, '2019-09-30', 'UNSUCCESSFUL');
});
afterAll(() => t?.close());

const QUERY = graphql(`
  query NewsletterDraft($filter: ReportFilter, $language: Language) {
    newsletterUpdate(filter: $filter, language: $language) {
      asOf
      language
      title
      markdown
      html
      usesSyntheticData
    }
  }
`);

describe('newsletterUpdate', () => {
  it('writes the Italian draft', async () => {
    const data = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' } })).data!;
    expect(data.newsletterUpdate.asOf).toBe('2019-12-31');
    expect(data.newsletterUpdate.language).toBe('IT');
    expect(data.newsletterUpdate.usesSyntheticData).toBe(false);
    // Worked out by hand: 6 people reached (4 at PRO_SALOMONE, 2 at GOLAB: each project counts its own);
    // 3 enrolled, 1 employed, 1 unsuccessful (1,000.00 withheld), 1 in progress; 1,250.50 repaid;
    // arrears 4,500.00 + 3,000.25 + 1,200.00 = 8,700.25, of which 2,250.50 recovered: 26%.
    expect(data.newsletterUpdate.title).toBe('Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019');
    expect(data.newsletterUpdate.markdown).toBe(
      [
        '## Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019',
        '',
        'Al 31 dicembre 2019 i Laboratori Sociali di Quartiere hanno coinvolto **6 persone** nelle loro attività, su 4000 previste dai progetti (0,2%).',
        '',
        'Nel percorso di reinserimento sono entrati 3 inquilini in condizione di morosità incolpevole: **1 ha trovato lavoro** e 1 sta ancora seguendo il percorso di formazione.',
        '',
        "Il debito verso ALER Milano si è ridotto di **2.250,50 euro**: 1.250,50 euro rimborsati da chi ha trovato lavoro e 1.000,00 euro trattenuti sull'indennità di chi non ci è riuscito (26% della morosità al momento della selezione).",
        '',
        '- **GOLab** (Milano, via Gola): 2 persone coinvolte, 0 su 1 partecipante al lavoro.',
        '- **PRO_SALOMONE** (Milano, via Salomone): 4 persone coinvolte, 1 su 2 partecipanti al lavoro.',
        '',
        '*Cifre provvisorie: non provengono da un report consolidato per la Regione.*',
        '',
      ].join('\n'),
    );
    expect(data.newsletterUpdate.html).toBe(
      [
        '<h2>Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019</h2>',
        '<p>Al 31 dicembre 2019 i Laboratori Sociali di Quartiere hanno coinvolto <strong>6 persone</strong> nelle loro attività, su 4000 previste dai progetti (0,2%).</p>',
        '<p>Nel percorso di reinserimento sono entrati 3 inquilini in condizione di morosità incolpevole: <strong>1 ha trovato lavoro</strong> e 1 sta ancora seguendo il percorso di formazione.</p>',
        '<p>Il debito verso ALER Milano si è ridotto di <strong>2.250,50 euro</strong>: 1.250,50 euro rimborsati da chi ha trovato lavoro e 1.000,00 euro trattenuti sull&#39;indennità di chi non ci è riuscito (26% della morosità al momento della selezione).</p>',
        '<ul>',
        '  <li><strong>GOLab</strong> (Milano, via Gola): 2 persone coinvolte, 0 su 1 partecipante al lavoro.</li>',
        '  <li><strong>PRO_SALOMONE</strong> (Milano, via Salomone): 4 persone coinvolte, 1 su 2 partecipanti al lavoro.</li>',
        '</ul>',
        '<p><em>Cifre provvisorie: non provengono da un report consolidato per la Regione.</em></p>',
        '',
      ].join('\n'),
    );
  });

  it('writes the English draft', async () => {
    const data = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' }, language: 'EN' })).data!;
    expect(data.newsletterUpdate.language).toBe('EN');
    expect(data.newsletterUpdate.markdown).toBe(
      [
        '## Neighbourhood Social Labs: where we stand as of 31 December 2019',
        '',
        'As of 31 December 2019 the Neighbourhood Social Labs have involved **6 people** in their activities, of the 4,000 the projects set out to reach (0.2%).',
        '',
        '3 tenants in blameless rent arrears have joined the reintegration path: **1 has found work** and 1 is still in training.',
        '',
        'Rent debt owed to ALER Milano has come down by **€2,250.50**: €1,250.50 repaid by those who found work and €1,000.00 withheld from the allowance of those who did not (26% of the arrears at selection).',
        '',
        '- **GOLab** (Milano, via Gola): 2 people involved, 0 of 1 participant in work.',
        '- **PRO_SALOMONE** (Milano, via Salomone): 4 people involved, 1 of 2 participants in work.',
        '',
        '*Provisional figures: they do not come from a report frozen for the Region.*',
        '',
      ].join('\n'),
    );
  });

  it('names the frozen report the figures are, and goes back to provisional after a correction', async () => {
    await t.gql(`mutation { freezeReport(asOf: "2019-12-31", label: "Relazione 2019") { id } }`, {}, AS_ADMIN);
    const frozen = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' } })).data!.newsletterUpdate.markdown;
    expect(frozen).toMatch(/\*Cifre del report consolidato «Relazione 2019», congelato il \d+ \w+ \d{4}\.\*/);
    await t.sql(`update enrolment set arrears_cents = arrears_cents + 1 where project_code = 'GOLAB'`);
    const after = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' } })).data!.newsletterUpdate.markdown;
    expect(after).toContain('*Cifre provvisorie: non provengono da un report consolidato per la Regione.*');
  });

  it('says when the figures are synthetic, and when nothing has happened yet', async () => {
    await t.sql(`update person set synthetic = true where id = (select id from person limit 1)`);
    const data = (await t.gql(QUERY, { filter: { asOf: '2018-06-30' } })).data!;
    expect(data.newsletterUpdate.usesSyntheticData).toBe(true);
    expect(data.newsletterUpdate.markdown).toContain('non hanno ancora registrato persone coinvolte');
    expect(data.newsletterUpdate.markdown).toContain('Il percorso di reinserimento non ha ancora accolto partecipanti.');
    expect(data.newsletterUpdate.markdown).toContain(
      '*Nota: queste cifre provengono dalla popolazione dimostrativa di Quartieri, sintetica: non descrivono persone reali.*',
    );
    expect(data.newsletterUpdate.markdown).not.toContain('debito');
  });
});
