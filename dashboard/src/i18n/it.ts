/** Every text of the dashboard, in Italian (the first language). */
export const it = {
  title: 'Laboratori Sociali di Quartiere',
  subtitle: 'ALER Milano · POR FSE 2014-2020, Asse II, azioni 9.1.3 e 9.4.2',
  demoBanner: 'Dati dimostrativi: le cifre vengono da una popolazione sintetica, non da persone reali.',
  allProjects: 'Tutti i progetti',
  project: 'Progetto',
  asOf: 'Situazione al',
  language: 'English',
  key: 'Chiave API',
  keyPrompt: 'Chiave API (resta solo in questa sessione del browser):',
  keyActive: 'Accesso con chiave: cifre esatte',
  keyNone: 'Accesso pubblico: cifre pubblicate, protette',
  /** The public's figures: the release and the protection (docs/disclosure.md). */
  publicFigures: (p: { release: string; maxNoise: number; maxMoney: string; threshold: number }) =>
    `Accesso pubblico: cifre del rilascio mensile al ${p.release}. Per proteggere le persone ogni conteggio di base (per progetto, sesso e voce) ` +
    `è perturbato di al più ${p.maxNoise} e i totali ne sono le somme; ogni importo di un progetto, di al più ${p.maxMoney}; ` +
    `i conteggi da 1 a ${p.threshold - 1} per sesso o indicatore sono indicati «< ${p.threshold}».`,
  /** Which day the figures are for, and why that day (dates written out). */
  asOfWhy: (p: {
    day: string;
    reason: 'chosen' | 'today' | 'programmeEnd';
    start: string | null;
    end: string | null;
    release: string | null;
  }) =>
    (p.reason === 'programmeEnd'
      ? `Cifre al ${p.day}, fine del programma: i progetti si sono chiusi il ${p.end}. Per vedere un altro giorno, cambia «Situazione al».`
      : p.reason === 'today'
        ? `Cifre a oggi, ${p.day}${p.end ? `: il programma è in corso fino al ${p.end}` : ''}.`
        : `Cifre al ${p.day}, il giorno scelto${p.start && p.end ? ` (il programma va dal ${p.start} al ${p.end})` : ''}.`) +
    (p.release ? ` Per il pubblico, le cifre sono quelle del rilascio mensile al ${p.release}.` : ''),
  signOut: 'Esci',
  loading: 'Caricamento…',
  retry: 'Riprova',
  apiDown: 'Non è stato possibile caricare i dati. Il servizio potrebbe non essere raggiungibile.',
  refused:
    'Il servizio ha rifiutato questa richiesta per la chiave in uso: la chiave non può eseguirla (per esempio con TRUSTED_DOCUMENTS=true).',
  empty: 'Nessun dato ancora registrato per questa selezione.',
  headline: {
    awarded: 'Finanziamento assegnato',
    reached: 'Persone raggiunte',
    reachedSummed: 'Persone raggiunte, somma dei progetti',
    reachedOf: (target: string, perProject: string | null) =>
      perProject === null ? `su ${target} previste` : `${perProject} contando ogni progetto a sé, su ${target} previste`,
    employed: 'Partecipanti al lavoro',
    employedOf: (enrolled: string) => `su ${enrolled} nel percorso`,
    recovered: 'Morosità recuperata',
    recoveredOf: (arrears: string) => `su ${arrears} al momento della selezione`,
    asOf: (date: string) => `al ${date}`,
  },
  newsletter: {
    open: 'Newsletter',
    close: 'Cruscotto',
    heading: 'Bozza per ALER FUTURA',
    copy: 'Copia il testo (Markdown)',
    copied: 'Testo copiato',
    print: 'Stampa',
    charts: 'Grafici per la stampa',
  },
  panels: {
    funding: 'Finanziamento per progetto',
    reach: 'Persone raggiunte rispetto all’obiettivo di 500',
    reachOverTime: 'Persone raggiunte nel tempo, somma dei progetti',
    outcomes: 'Esiti del percorso di reinserimento',
    debt: 'Morosità recuperata nel tempo',
    esf: 'Indicatori comuni FSE',
  },
  series: {
    lead: 'ALER capofila',
    partner: 'ALER partner',
    reached: 'Persone raggiunte',
    target: 'Obiettivo',
    employed: 'Al lavoro',
    unsuccessful: 'Senza esito',
    withdrawn: 'Ritirati',
    inProgress: 'In corso',
    repayments: 'Rimborsi',
    withholding: 'Trattenute sull’indennità',
    projected: (month: string) => `Al ritmo degli ultimi tre mesi, obiettivo raggiunto a ${month}.`,
    reachedIn: (month: string) => `Obiettivo raggiunto a ${month}.`,
    /** A time chart cut where its figures stop changing, before the as-of day. */
    until: (month: string) => `Dopo ${month} le cifre non cambiano più: il grafico si ferma lì.`,
  },
  debtNote: {
    /** The public's series: the monthly release (server/disclosure/debt.ts). */
    published: (asOf: string, maxMoney: string) =>
      `Importi cumulati a fine mese, come li pubblica il rilascio mensile (l’ultimo al ${asOf}). Per proteggere le persone ogni importo di un progetto è perturbato di al più ${maxMoney}: da un mese all’altro un totale può anche calare di poco.`,
    exact: (asOf: string) => `Importi cumulati a fine mese; l’ultimo punto è al ${asOf}.`,
  },
  /** Names of downloaded files, per panel: "finanziamento_PRO_SALOMONE_2020-08-31.csv". */
  files: {
    funding: 'finanziamento',
    reach: 'persone-raggiunte',
    reachOverTime: 'persone-raggiunte-nel-tempo',
    outcomes: 'esiti',
    debt: 'morosita-recuperata',
    esf: 'indicatori-fse',
    allProjects: 'tutti-i-progetti',
  },
  /** The ESF indicators' names in Italian; the API gives the Regulation's English names. */
  esfNames: {
    PARTICIPANTS: 'Partecipanti, totale (compresi i dati incompleti)',
    INCOMPLETE: 'Partecipanti con dati incompleti (solo nel totale)',
    CO01: 'Disoccupati, compresi i disoccupati di lungo periodo',
    CO02: 'Disoccupati di lungo periodo',
    CO03: 'Inattivi',
    CO04: 'Inattivi che non seguono un corso di insegnamento o una formazione',
    CO05: 'Lavoratori, compresi i lavoratori autonomi',
    CO06: 'Persone di età inferiore a 25 anni',
    CO07: 'Persone di età superiore a 54 anni',
    CO08: 'Persone di età superiore a 54 anni disoccupate o inattive che non seguono un corso di insegnamento o una formazione',
    CO09: 'Titolari di un diploma di istruzione primaria (ISCED 1) o secondaria inferiore (ISCED 2)',
    CO10: 'Titolari di un diploma di istruzione secondaria superiore (ISCED 3) o post-secondaria (ISCED 4)',
    CO11: 'Titolari di un diploma di istruzione terziaria (ISCED da 5 a 8)',
    CO12: 'Partecipanti che vivono in una famiglia i cui componenti sono senza lavoro',
    CO13: 'Partecipanti che vivono in una famiglia senza lavoro con figli a carico',
    CO14: 'Partecipanti che vivono in una famiglia composta da un singolo adulto con figli a carico',
    CO15: 'Migranti, partecipanti di origine straniera, minoranze (comprese le comunità emarginate come i Rom)',
    CO16: 'Partecipanti con disabilità',
    CO17: 'Altre persone svantaggiate',
    CO18: 'Senzatetto o persone colpite da esclusione abitativa',
    CO19: 'Persone provenienti da zone rurali',
    CR01: 'Partecipanti inattivi che cercano lavoro alla fine della loro partecipazione all’intervento',
    CR02: 'Partecipanti che intraprendono studi o corsi di formazione alla fine della loro partecipazione all’intervento',
    CR03: 'Partecipanti che hanno ottenuto una qualifica alla fine della loro partecipazione all’intervento',
    CR04: 'Partecipanti che hanno un lavoro, anche autonomo, alla fine della loro partecipazione all’intervento',
    CR05: 'Partecipanti svantaggiati impegnati nella ricerca di un lavoro, in un percorso di istruzione o formazione, nell’acquisizione di una qualifica o in un’occupazione, anche autonoma, alla fine della loro partecipazione all’intervento',
    CR06: 'Partecipanti che hanno un lavoro, anche autonomo, entro i sei mesi successivi alla fine della loro partecipazione',
    CR07: 'Partecipanti che godono di una migliore situazione sul mercato del lavoro entro i sei mesi successivi',
    CR08: 'Partecipanti di oltre 54 anni che hanno un lavoro, anche autonomo, entro i sei mesi successivi alla fine della loro partecipazione',
    CR09: 'Partecipanti svantaggiati che hanno un lavoro, anche autonomo, entro i sei mesi successivi alla fine della loro partecipazione',
  } as Record<string, string>,
  esf: {
    /** The day the table answers for; the public gets the annual release (31 December). */
    asOf: (date: string, annual: boolean) =>
      annual ? `Cifre al ${date}: gli indicatori FSE sono pubblicati una volta l'anno, al 31 dicembre.` : `Cifre al ${date}.`,
    code: 'Codice',
    name: 'Indicatore',
    women: 'Donne',
    men: 'Uomini',
    total: 'Totale',
    suppressedWhy: (threshold: number) =>
      `Conteggio pubblicato inferiore a ${threshold}, non mostrato per proteggere la riservatezza delle persone (o necessario a non ricavarne un altro).`,
  },
  table: {
    show: 'Tabella',
    hide: 'Grafico',
    png: 'PNG',
    csv: 'CSV',
    month: 'Mese',
    projectColumn: 'Progetto',
    role: 'Ruolo di ALER',
    awarded: 'Finanziamento assegnato (€)',
    share: '% dell’obiettivo',
    repayments: 'Rimborsi (€)',
    withholding: 'Trattenute sull’indennità (€)',
  },
  footer: 'Le definizioni di ogni cifra sono in',
  footerApi: 'API GraphQL: /graphql',
};

export type Texts = typeof it;
