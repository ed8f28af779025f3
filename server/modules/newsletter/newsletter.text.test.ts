/** The newsletter update's wording, pinned on figures worked out by hand, in Italian and in English. */
import { describe, expect, it } from 'vitest';
import type { NewsletterFigures } from './newsletter.figures.js';
import { toHtml, toMarkdown } from './newsletter.render.js';
import { DRAFTS } from './newsletter.text.js';

// 5 people reached: 4 at PRO_SALOMONE, 2 at GOLAB, one of them at both (each project counts its
// own: 6 over the projects); 3 enrolled, 1 employed, 1 unsuccessful (1,000.00 withheld), 1 in
// progress; 1,250.50 repaid (by the employed participant and the one in progress alike); arrears
// 4,500.00 + 3,000.25 + 1,200.00 = 8,700.25, of which 2,250.50 recovered: 26%.
const FIGURES: NewsletterFigures = {
  asOf: '2019-12-31',
  reached: 5,
  reachedSumOverProjects: 6,
  target: 4000,
  enrolled: 3,
  employed: 1,
  inProgress: 1,
  arrearsCents: 870_025n,
  repaidCents: 125_050n,
  withheldCents: 100_000n,
  recoveredCents: 225_050n,
  recoveryRate: 225_050 / 870_025,
  projects: [
    { code: 'GOLAB', name: 'GOLab', municipality: 'Milano', place: 'via Gola', reached: 2, target: 500, enrolled: 1, employed: 0 },
    {
      code: 'PRO_SALOMONE',
      name: 'PRO_SALOMONE',
      municipality: 'Milano',
      place: 'via Salomone',
      reached: 4,
      target: 500,
      enrolled: 2,
      employed: 1,
    },
  ],
  usesSyntheticData: false,
  frozenAs: null,
};

describe('the newsletter text', () => {
  it('writes the Italian draft', () => {
    const draft = DRAFTS.it(FIGURES);
    expect(draft.title).toBe('Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019');
    expect(toMarkdown(draft)).toBe(
      [
        '## Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019',
        '',
        'Al 31 dicembre 2019 i Laboratori Sociali di Quartiere hanno raggiunto **5 persone** con le loro attività; contando ogni progetto a sé (chi è raggiunto da più progetti conta in ciascuno) sono 6, su 4000 previste dai progetti (0,2%).',
        '',
        'Nel percorso di reinserimento sono entrati 3 inquilini in condizione di morosità incolpevole: **1 ha trovato lavoro** e 1 sta ancora seguendo il percorso di formazione.',
        '',
        "Il debito verso ALER Milano si è ridotto di **2.250,50 euro**: 1.250,50 euro rimborsati dai partecipanti e 1.000,00 euro trattenuti sull'indennità di chi ha concluso il percorso senza trovare lavoro (26% della morosità al momento della selezione).",
        '',
        '- **GOLab** (Milano, via Gola): 2 persone raggiunte, 0 su 1 partecipante al lavoro.',
        '- **PRO_SALOMONE** (Milano, via Salomone): 4 persone raggiunte, 1 su 2 partecipanti al lavoro.',
        '',
        '*Cifre pubbliche al 31 dicembre 2019, ultimo rilascio mensile: per proteggere le persone, ogni conteggio di base (per progetto, sesso e voce) è perturbato di al più 5 unità e i totali ne sono le somme; ogni importo di un progetto, di al più 2.750,50 euro.*',
        '',
        '*Cifre provvisorie: non provengono da un report consolidato per la Regione.*',
        '',
      ].join('\n'),
    );
    expect(toHtml(draft)).toBe(
      [
        '<h2>Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019</h2>',
        '<p>Al 31 dicembre 2019 i Laboratori Sociali di Quartiere hanno raggiunto <strong>5 persone</strong> con le loro attività; contando ogni progetto a sé (chi è raggiunto da più progetti conta in ciascuno) sono 6, su 4000 previste dai progetti (0,2%).</p>',
        '<p>Nel percorso di reinserimento sono entrati 3 inquilini in condizione di morosità incolpevole: <strong>1 ha trovato lavoro</strong> e 1 sta ancora seguendo il percorso di formazione.</p>',
        '<p>Il debito verso ALER Milano si è ridotto di <strong>2.250,50 euro</strong>: 1.250,50 euro rimborsati dai partecipanti e 1.000,00 euro trattenuti sull&#39;indennità di chi ha concluso il percorso senza trovare lavoro (26% della morosità al momento della selezione).</p>',
        '<ul>',
        '  <li><strong>GOLab</strong> (Milano, via Gola): 2 persone raggiunte, 0 su 1 partecipante al lavoro.</li>',
        '  <li><strong>PRO_SALOMONE</strong> (Milano, via Salomone): 4 persone raggiunte, 1 su 2 partecipanti al lavoro.</li>',
        '</ul>',
        '<p><em>Cifre pubbliche al 31 dicembre 2019, ultimo rilascio mensile: per proteggere le persone, ogni conteggio di base (per progetto, sesso e voce) è perturbato di al più 5 unità e i totali ne sono le somme; ogni importo di un progetto, di al più 2.750,50 euro.</em></p>',
        '<p><em>Cifre provvisorie: non provengono da un report consolidato per la Regione.</em></p>',
        '',
      ].join('\n'),
    );
  });

  it('says one figure when nobody is counted twice, and names the sum over projects when the public has no distinct count', () => {
    const golab = { ...FIGURES, reached: 2, reachedSumOverProjects: 2, target: 500, projects: [FIGURES.projects[0]!] };
    const [italian] = DRAFTS.it(golab).blocks;
    expect(italian).toBe(
      'Al 31 dicembre 2019 i Laboratori Sociali di Quartiere hanno raggiunto **2 persone** con le loro attività, su 500 previste dai progetti (0,4%).',
    );
    expect(DRAFTS.en(golab).blocks[0]).toBe(
      'As of 31 December 2019 the Neighbourhood Social Labs have reached **2 people** through their activities, of the 500 the projects set out to reach (0.4%).',
    );
    const subset = { ...FIGURES, reached: null };
    expect(DRAFTS.it(subset).blocks[0]).toBe(
      'Al 31 dicembre 2019 questi Laboratori Sociali di Quartiere contano insieme **6 persone raggiunte**, sommando quelle di ogni progetto (chi è raggiunto da più progetti conta in ciascuno), su 4000 previste dai progetti (0,2%).',
    );
    expect(DRAFTS.en(subset).blocks[0]).toBe(
      "As of 31 December 2019 these Neighbourhood Social Labs count **6 people reached** between them, adding up each project's (someone reached by several projects counts in each), of the 4,000 the projects set out to reach (0.2%).",
    );
    const nobody = { ...FIGURES, reached: 0, reachedSumOverProjects: 0, projects: [] };
    expect(DRAFTS.it(nobody).blocks[0]).toBe(
      'Al 31 dicembre 2019 i Laboratori Sociali di Quartiere non hanno ancora registrato persone raggiunte dalle loro attività.',
    );
  });

  it('writes the English draft', () => {
    expect(toMarkdown(DRAFTS.en(FIGURES))).toBe(
      [
        '## Neighbourhood Social Labs: where we stand as of 31 December 2019',
        '',
        'As of 31 December 2019 the Neighbourhood Social Labs have reached **5 people** through their activities; counting each project on its own (someone reached by several projects counts in each) they are 6, of the 4,000 the projects set out to reach (0.2%).',
        '',
        '3 tenants in blameless rent arrears have joined the reintegration path: **1 has found work** and 1 is still in training.',
        '',
        'Rent debt owed to ALER Milano has come down by **€2,250.50**: €1,250.50 repaid by participants and €1,000.00 withheld from the allowance of those whose path ended without a job (26% of the arrears at selection).',
        '',
        '- **GOLab** (Milano, via Gola): 2 people reached, 0 of 1 participant in work.',
        '- **PRO_SALOMONE** (Milano, via Salomone): 4 people reached, 1 of 2 participants in work.',
        '',
        '*Public figures as of 31 December 2019, the latest monthly release: to protect people, each basic count (by project, sex and item) is perturbed by at most 5 and totals are their sums; each amount of a project, by at most €2,750.50.*',
        '',
        '*Provisional figures: they do not come from a report frozen for the Region.*',
        '',
      ].join('\n'),
    );
  });
});
