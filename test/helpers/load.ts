/**
 * A small load for the fault tests: a few clients asking in a loop (public and keyed queries,
 * writes, downloads, probes), every answer kept, and what a clean answer is.
 */
import { checkCharacter } from '../../server/domain/fiscal-code.js';

export interface Answer {
  client: string;
  route: string;
  /** When the request was sent and answered (ms since the epoch). */
  sent: number;
  answered: number;
  /** 0: no HTTP answer at all (the connection failed). */
  status: number;
  body: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What a clean error answer never shows: stack frames, driver errors, SQL. */
const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+|ECONN|Connection terminated|select |insert |knex|mikro|postgres/i;

/** What is wrong with an answer, or null: 200 with a clean body, or a clean 503 in the route's own shape. */
export function problemOf(answer: Answer): string | null {
  const { route, status, body } = answer;
  if (status === 0) return `no HTTP answer: ${body}`;
  const graphql = route.startsWith('/graphql');
  if (status === 200) {
    if (!graphql) return null;
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return parsed.errors ? `200 with errors: ${body.slice(0, 300)}` : null;
  }
  if (LEAK.test(body)) return `leaks internals: ${body.slice(0, 300)}`;
  if (status !== 503) return `status ${status}: ${body.slice(0, 300)}`;
  let parsed: { errors?: { extensions?: { code?: string; requestId?: string } }[]; error?: { code?: string; requestId?: string } };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `503 that is not JSON: ${body.slice(0, 300)}`;
  }
  if (graphql) {
    const error = parsed.errors?.[0]?.extensions;
    if (parsed.errors?.length !== 1 || error?.code !== 'SERVICE_UNAVAILABLE' || !UUID.test(error.requestId ?? ''))
      return `GraphQL 503 not in shape: ${body.slice(0, 300)}`;
    return null;
  }
  if (parsed.error?.code !== 'SERVICE_UNAVAILABLE' || !UUID.test(parsed.error.requestId ?? ''))
    return `503 not in the envelope: ${body.slice(0, 300)}`;
  return null;
}

/** A valid fiscal code of a man born on 1 January 1980, different for each n (up to 17,575). */
export function fiscalCode(prefix: string, n: number): string {
  const letters = [...n.toString(26).padStart(3, '0')].map((c) => String.fromCharCode(65 + parseInt(c, 26))).join('');
  const first15 = `${prefix}${letters}80A01F205`;
  return first15 + checkCharacter(first15);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) };
}

const REPORT = `{ esfIndicators(filter: { asOf: "2020-08-31" }) { code total } participation(filter: { asOf: "2020-08-31" }) { attendances } }`;

/**
 * Eight clients in a loop until stop(): the public and an analyst key asking reports, the admin
 * asking projects and the audit trail, the admin registering people (`acknowledged` keeps the ids
 * the hub confirmed), a public CSV and a keyed XLSX download, /readyz and /healthz.
 */
export class Load {
  readonly answers: Answer[] = [];
  readonly acknowledged: string[] = [];
  private running = true;
  private written = 0;
  private readonly clients: Promise<void>[];

  constructor(
    private readonly url: string,
    analyst: Record<string, string>,
    admin: Record<string, string>,
    codePrefix: string,
  ) {
    this.clients = [
      this.loop(() => this.ask('public', '/graphql', post(REPORT))),
      this.loop(() => this.ask('analyst', '/graphql', post(REPORT, {}, analyst))),
      this.loop(() => this.ask('admin', '/graphql', post('{ projects { code } auditLog(first: 5) { entries { id } } }', {}, admin))),
      this.loop(async () => {
        this.written += 1;
        const answer = await this.ask(
          'writer',
          '/graphql#registerPerson',
          post(
            'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
            { input: { fiscalCode: fiscalCode(codePrefix, this.written), sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } },
            admin,
          ),
        );
        if (answer.status === 200) {
          const body = JSON.parse(answer.body) as { data?: { registerPerson?: { id: string } } };
          if (body.data?.registerPerson) this.acknowledged.push(body.data.registerPerson.id);
        }
      }),
      this.loop(() => this.ask('download', '/reports/projects.csv?asOf=2020-08-31')),
      this.loop(() => this.ask('keyed-download', '/reports/esf-indicators.xlsx?asOf=2020-08-31', { headers: analyst })),
      this.loop(() => this.ask('probe', '/readyz')),
      this.loop(() => this.ask('liveness', '/healthz')),
    ];
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.clients);
  }

  /** Every answer that is not clean, with its client and route. */
  problems(): { client: string; route: string; problem: string }[] {
    return this.answers.flatMap((a) => {
      const problem = problemOf(a);
      return problem ? [{ client: a.client, route: a.route, problem }] : [];
    });
  }

  private async ask(client: string, route: string, init?: RequestInit): Promise<Answer> {
    const sent = Date.now();
    let answer: Answer;
    try {
      const response = await fetch(`${this.url}${route}`, init);
      answer = { client, route, sent, answered: Date.now(), status: response.status, body: await response.text() };
    } catch (error) {
      answer = { client, route, sent, answered: Date.now(), status: 0, body: String(error) };
    }
    this.answers.push(answer);
    return answer;
  }

  private async loop(work: () => Promise<unknown>): Promise<void> {
    while (this.running) {
      await work();
      await sleep(15);
    }
  }
}

/** Creates an ANALYST key as the admin; returns its Authorization header. */
export async function analystKey(url: string, admin: Record<string, string>): Promise<Record<string, string>> {
  const response = await fetch(
    `${url}/graphql`,
    post('mutation { createApiKey(input: { label: "faults", role: ANALYST }) { token } }', {}, admin),
  );
  const { data } = (await response.json()) as { data: { createApiKey: { token: string } } };
  return { authorization: `Bearer ${data.createApiKey.token}` };
}
