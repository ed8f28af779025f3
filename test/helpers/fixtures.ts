/**
 * Hand-built records for reporting tests, written straight to the tables (the same rows the
 * mutations and imports write). Ids are returned so tests can refer to them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

export interface PersonFixture {
  sex: 'FEMALE' | 'MALE';
  birthYear: number;
  labourStatus: string;
  education: string | null;
}

export class Fixtures {
  constructor(private readonly t: TestApp) {}

  async person(p: PersonFixture): Promise<string> {
    const id = randomUUID();
    await this.t.sql(
      `insert into person (id, fiscal_code_hash, sex, birth_year, labour_status, education) values ($1, $2, $3, $4, $5, $6)`,
      [id, createHash('sha256').update(id).digest('hex'), p.sex, p.birthYear, p.labourStatus, p.education],
    );
    return id;
  }

  async enrol(personId: string, projectCode: string, selectedOn: string, arrearsCents: number): Promise<string> {
    const id = randomUUID();
    await this.t.sql(`insert into enrolment (id, person_id, project_code, selected_on, arrears_cents) values ($1, $2, $3, $4, $5)`, [
      id,
      personId,
      projectCode,
      selectedOn,
      arrearsCents,
    ]);
    return id;
  }

  /** An exit; UNSUCCESSFUL also writes the withholding, as the service will. */
  async exit(
    enrolmentId: string,
    exitedOn: string,
    outcome: string,
    extra: { contractType?: string; qualification?: boolean } = {},
  ): Promise<void> {
    await this.t.sql(`update enrolment set exited_on = $2, outcome = $3, contract_type = $4, qualification_on_exit = $5 where id = $1`, [
      enrolmentId,
      exitedOn,
      outcome,
      extra.contractType ?? null,
      extra.qualification ?? null,
    ]);
    if (outcome === 'UNSUCCESSFUL') {
      await this.t.sql(
        `insert into withholding (enrolment_id, withheld_on, amount_cents)
         select e.id, $2, round(p.allowance_cents * p.withholding_share) from enrolment e join project p on p.code = e.project_code where e.id = $1`,
        [enrolmentId, exitedOn],
      );
    }
  }

  async repay(enrolmentId: string, paidOn: string, amountCents: number): Promise<void> {
    await this.t.sql(`insert into repayment (enrolment_id, paid_on, amount_cents) values ($1, $2, $3)`, [enrolmentId, paidOn, amountCents]);
  }

  async followUp(enrolmentId: string, observedOn: string, employed: boolean, improved: boolean): Promise<void> {
    await this.t.sql(`insert into follow_up (enrolment_id, observed_on, employed, improved_situation) values ($1, $2, $3, $4)`, [
      enrolmentId,
      observedOn,
      employed,
      improved,
    ]);
  }

  async activity(projectCode: string, heldOn: string, kind = 'COMMUNITY_ANIMATION'): Promise<string> {
    const id = randomUUID();
    await this.t.sql(`insert into activity (id, project_code, kind, held_on, title) values ($1, $2, $3, $4, 'Fixture')`, [
      id,
      projectCode,
      kind,
      heldOn,
    ]);
    return id;
  }

  async attend(activityId: string, personId: string): Promise<void> {
    await this.t.sql(`insert into attendance (activity_id, person_id) values ($1, $2)`, [activityId, personId]);
  }

  async headcount(activityId: string, count: number): Promise<void> {
    await this.t.sql(`insert into attendance (activity_id, anonymous_headcount) values ($1, $2)`, [activityId, count]);
  }
}
