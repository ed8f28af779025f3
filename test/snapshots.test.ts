/** A frozen report stays the same after corrections; the live figures and reportDiff show what changed, and why. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMoney } from '../server/money.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

async function admin<R, V extends Record<string, unknown>>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const response = await t.gql(document, variables, AS_ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

describe('report snapshots', () => {
  it('freezing, then correcting a record, leaves the snapshot identical while the live figures and the diff show the change', async () => {
    const { freezeReport: first } = await admin(
      graphql(`
        mutation SnapshotsFreezeAnnual {
          freezeReport(asOf: "2020-08-31", label: "Relazione annuale 2020") {
            id
            asOf
            sha256
            label
          }
        }
      `),
    );
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await t.one<{ content: string }>(`select content from report_snapshot where id = $1`, [first.id]);
    expect((JSON.parse(stored.content) as { projects: unknown[] }).projects).toHaveLength(8);

    // A correction after the report was given to the Region: one enrolment's arrears.
    const enrolment = await t.one<{ id: string; arrears: string; project_code: string }>(
      `select id, arrears_cents::text as arrears, project_code from enrolment where project_code = 'LSQ_RHO' order by id limit 1`,
    );
    await admin(
      graphql(`
        mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) {
          correctEnrolment(input: $input) {
            id
          }
        }
      `),
      {
        input: { enrolmentId: enrolment.id, reason: 'Importo della morosità rettificato dal Comune', arrearsAtEnrolment: '99.99' },
      },
    );

    const { reportSnapshots } = await admin(
      graphql(`
        query SnapshotsList {
          reportSnapshots {
            id
            sha256
          }
        }
      `),
    );
    expect(reportSnapshots).toEqual([{ id: first.id, sha256: first.sha256 }]);
    expect((await t.one<{ content: string }>(`select content from report_snapshot where id = $1`, [first.id])).content).toBe(
      stored.content,
    );
    await expect(t.sql(`update report_snapshot set label = 'x'`)).rejects.toThrow(/never changes/);

    const { reportDiff } = await admin(
      graphql(`
        query SnapshotsDiffLive($id: ID!) {
          reportDiff(snapshot: $id) {
            asOf
            against {
              id
            }
            changes {
              table
              key
              field
              before
              after
            }
            corrections {
              action
              entity
              entityId
              reason
            }
          }
        }
      `),
      { id: first.id },
    );
    expect(reportDiff.asOf).toBe('2020-08-31');
    expect(reportDiff.against).toBeNull();
    const change = reportDiff.changes.find((c) => c.table === 'projects' && c.key === 'LSQ_RHO' && c.field === 'arrearsAtEnrolment');
    expect(change).toBeDefined();
    expect(parseMoney(change!.after!)).toBe(parseMoney(change!.before!) - BigInt(enrolment.arrears) + 9999n);
    expect(reportDiff.corrections).toEqual([
      { action: 'update', entity: 'enrolment', entityId: enrolment.id, reason: 'Importo della morosità rettificato dal Comune' },
    ]);

    // A second snapshot has another hash, and the diff between the two shows the same change.
    const { freezeReport: second } = await admin(
      graphql(`
        mutation SnapshotsFreezeCorrected {
          freezeReport(asOf: "2020-08-31", label: "Relazione rettificata") {
            id
            sha256
          }
        }
      `),
    );
    expect(second.sha256).not.toBe(first.sha256);
    const DIFF_BETWEEN = graphql(`
      query SnapshotsDiffBetween($a: ID!, $b: ID!) {
        reportDiff(snapshot: $a, against: $b) {
          changes {
            key
            field
          }
          corrections {
            entityId
          }
        }
      }
    `);
    const between = (await admin(DIFF_BETWEEN, { a: first.id, b: second.id })).reportDiff;
    expect(between.changes).toContainEqual({ key: 'LSQ_RHO', field: 'arrearsAtEnrolment' });
    expect(between.corrections).toEqual([{ entityId: enrolment.id }]);
    // Nothing changed since the second.
    const DIFF_SINCE = graphql(`
      query SnapshotsDiffSince($id: ID!) {
        reportDiff(snapshot: $id) {
          changes {
            key
          }
        }
      }
    `);
    expect((await admin(DIFF_SINCE, { id: second.id })).reportDiff.changes).toEqual([]);
  });

  it('freezes the same figures to the same hash', async () => {
    const FREEZE = graphql(`
      mutation SnapshotsFreeze($asOf: Date!, $label: String!) {
        freezeReport(asOf: $asOf, label: $label) {
          sha256
        }
      }
    `);
    const a = (await admin(FREEZE, { asOf: '2019-06-30', label: 'a' })).freezeReport.sha256;
    const b = (await admin(FREEZE, { asOf: '2019-06-30', label: 'b' })).freezeReport.sha256;
    expect(a).toBe(b);
  });
});
