import { Migration } from '@mikro-orm/migrations';

/**
 * Reporting support.
 *
 * - project.awarded_on: the day the award was published (the article: 31 May 2018); as of an
 *   earlier day a project has no funding yet.
 * - reach: for each project and registered person, the first day the person was reached (an
 *   attendance at one of the project's activities, or an enrolment in it). "People reached as of
 *   D" is then a count of rows with first_on <= D, instead of a DISTINCT over every attendance.
 * - reach_daily: how many people were first reached per project and day (kept from reach).
 * - attendance_daily: registered attendances and anonymous headcounts per project and day.
 * - enrolment: the participant's situation at entry, copied from the person (ESF outputs).
 * - enrolment_daily, exit_daily, ledger_daily: enrolments (and arrears), exits (by sex, outcome
 *   and contract) and ledger amounts per project and day.
 * - esf_output_codes / esf_result_events: the ESF indicators a participant counts in; esf_daily
 *   sums them per project, day, sex and indicator.
 *
 * The summaries are kept by statement-level triggers with transition tables: inserts add to
 * them; corrections and deletions subtract what they removed (or, for reach and attendance_daily,
 * recompute exactly the keys they touched). Every summary stays equal to a full recomputation
 * (test/reporting-demo.test.ts checks this).
 */

type TransitionRows = 'old_rows' | 'new_rows';

/**
 * The body of a summary trigger: take back what the statement's old rows contributed (updates,
 * deletions), then add what its new rows contribute (inserts, updates). `contribution` writes the
 * SQL for one side, given the transition table and the sign of its counts and amounts.
 */
function subtractOldAddNew(contribution: (rows: TransitionRows, sign: '-' | '') => string): string {
  return `if tg_op in ('UPDATE', 'DELETE') then${contribution('old_rows', '-')}
      end if;
      if tg_op in ('UPDATE', 'INSERT') then${contribution('new_rows', '')}
      end if;`;
}

const TRANSITIONS = [
  ['insert', 'new table as new_rows'],
  ['update', 'old table as old_rows new table as new_rows'],
  ['delete', 'old table as old_rows'],
] as const;

export class Migration20261125130000_reporting extends Migration {
  /** Statement-level insert, update and delete triggers on `table` running `fn` with transition tables. */
  private statementTriggers(prefix: string, table: string, fn: string): void {
    for (const [event, referencing] of TRANSITIONS) {
      this.addSql(`create trigger "${prefix}_${event}" after ${event} on "${table}"
        referencing ${referencing} for each statement execute function ${fn}();`);
    }
  }

  override async up(): Promise<void> {
    this.addSql(`alter table "project" add column "awarded_on" date null;`);
    this.addSql(`update "project" p set "awarded_on" = coalesce(g."funded_list_published_on", p."start_date") from "programme" g where g."code" = p."programme_code";`);
    this.addSql(`alter table "project" alter column "awarded_on" set not null;`);

    this.addSql(`create table "reach" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "person_id" uuid not null references "person" ("id") on update cascade on delete cascade,
      "first_on" date not null,
      constraint "reach_pkey" primary key ("project_code", "person_id"));`);
    this.addSql(`create index "reach_project_code_first_on_index" on "reach" ("project_code", "first_on");`);

    this.addSql(`create table "attendance_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null,
      "registered" integer not null,
      "anonymous" integer not null,
      constraint "attendance_daily_pkey" primary key ("project_code", "day"));`);

    // reach_daily: how many people were first reached in each project on each day. A few thousand
    // rows whatever the population: "people reached as of D" and the monthly series sum it.
    this.addSql(`create table "reach_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null,
      "people" integer not null,
      constraint "reach_daily_pkey" primary key ("project_code", "day"));`);
    this.addSql(`create function reach_daily_apply() returns trigger language plpgsql as $$
    begin
      ${subtractOldAddNew((rows, sign) => `
        insert into reach_daily (project_code, day, people)
        select project_code, first_on, ${sign}count(*) from ${rows} group by project_code, first_on
        on conflict (project_code, day) do update set people = reach_daily.people + excluded.people;`)}
      return null;
    end $$;`);
    this.statementTriggers('reach_daily', 'reach', 'reach_daily_apply');

    this.addSql(`create index "attendance_activity_id_index" on "attendance" ("activity_id");`);

    this.addSql(`create function refresh_reach(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
    begin
      delete from reach r
       using (select distinct * from unnest(p_projects, p_people) as u(project_code, person_id)) u
       where r.project_code = u.project_code and r.person_id = u.person_id;
      insert into reach (project_code, person_id, first_on)
      select u.project_code, u.person_id, min(x.on_date)
        from (select distinct * from unnest(p_projects, p_people) as u(project_code, person_id)) u
        cross join lateral (
          select a.held_on as on_date
            from attendance t join activity a on a.id = t.activity_id
           where t.person_id = u.person_id and a.project_code = u.project_code
          union all
          select e.selected_on from enrolment e
           where e.person_id = u.person_id and e.project_code = u.project_code
        ) x
       group by u.project_code, u.person_id;
    end $$;`);

    this.addSql(`create function refresh_attendance_daily(p_projects text[], p_days date[]) returns void language plpgsql as $$
    begin
      delete from attendance_daily d
       using (select distinct * from unnest(p_projects, p_days) as u(project_code, day)) u
       where d.project_code = u.project_code and d.day = u.day;
      insert into attendance_daily (project_code, day, registered, anonymous)
      select a.project_code, a.held_on, count(t.person_id), coalesce(sum(t.anonymous_headcount), 0)
        from (select distinct * from unnest(p_projects, p_days) as u(project_code, day)) u
        join activity a on a.project_code = u.project_code and a.held_on = u.day
        join attendance t on t.activity_id = a.id
       group by a.project_code, a.held_on;
    end $$;`);

    // Attendance rows. Inserts (the common case, and bulk imports) add to the summaries; updates
    // and deletions recompute the keys they touched, before and after the statement.
    this.addSql(`create function attendance_summaries() returns trigger language plpgsql as $$
    declare
      projects text[]; people uuid[]; day_projects text[]; days date[];
    begin
      if tg_op = 'INSERT' then
        insert into reach (project_code, person_id, first_on)
        select a.project_code, n.person_id, min(a.held_on)
          from new_rows n join activity a on a.id = n.activity_id
         where n.person_id is not null
         group by a.project_code, n.person_id
        on conflict (project_code, person_id) do update set first_on = least(reach.first_on, excluded.first_on);
        insert into attendance_daily (project_code, day, registered, anonymous)
        select a.project_code, a.held_on, count(n.person_id), coalesce(sum(n.anonymous_headcount), 0)
          from new_rows n join activity a on a.id = n.activity_id
         group by a.project_code, a.held_on
        on conflict (project_code, day) do update
          set registered = attendance_daily.registered + excluded.registered,
              anonymous = attendance_daily.anonymous + excluded.anonymous;
        return null;
      elsif tg_op = 'DELETE' then
        select array_agg(a.project_code) filter (where o.person_id is not null), array_agg(o.person_id) filter (where o.person_id is not null),
               array_agg(a.project_code), array_agg(a.held_on)
          into projects, people, day_projects, days
          from old_rows o join activity a on a.id = o.activity_id;
      else
        select array_agg(a.project_code) filter (where c.person_id is not null), array_agg(c.person_id) filter (where c.person_id is not null),
               array_agg(a.project_code), array_agg(a.held_on)
          into projects, people, day_projects, days
          from (select activity_id, person_id from old_rows union all select activity_id, person_id from new_rows) c
          join activity a on a.id = c.activity_id;
      end if;
      if projects is not null then perform refresh_reach(projects, people); end if;
      if day_projects is not null then perform refresh_attendance_daily(day_projects, days); end if;
      return null;
    end $$;`);
    this.statementTriggers('attendance_summaries', 'attendance', 'attendance_summaries');

    this.addSql(`create function enrolment_reach() returns trigger language plpgsql as $$
    declare projects text[]; people uuid[];
    begin
      if tg_op = 'INSERT' then
        insert into reach (project_code, person_id, first_on)
        select project_code, person_id, min(selected_on) from new_rows group by project_code, person_id
        on conflict (project_code, person_id) do update set first_on = least(reach.first_on, excluded.first_on);
        return null;
      elsif tg_op = 'DELETE' then
        select array_agg(project_code), array_agg(person_id) into projects, people from old_rows;
      else
        select array_agg(project_code), array_agg(person_id) into projects, people
          from (select project_code, person_id from old_rows union all select project_code, person_id from new_rows) c;
      end if;
      if projects is not null then perform refresh_reach(projects, people); end if;
      return null;
    end $$;`);
    this.statementTriggers('enrolment_reach', 'enrolment', 'enrolment_reach');

    // An activity moved to another day or project moves its attendances with it.
    this.addSql(`create function activity_summaries() returns trigger language plpgsql as $$
    declare projects text[]; people uuid[]; day_projects text[]; days date[];
    begin
      select array_agg(c.project_code) filter (where t.person_id is not null), array_agg(t.person_id) filter (where t.person_id is not null),
             array_agg(c.project_code), array_agg(c.held_on)
        into projects, people, day_projects, days
        from (select id, project_code, held_on from old_rows union all select id, project_code, held_on from new_rows) c
        join attendance t on t.activity_id = c.id;
      if projects is not null then perform refresh_reach(projects, people); end if;
      if day_projects is not null then perform refresh_attendance_daily(day_projects, days); end if;
      return null;
    end $$;`);
    this.addSql(`create trigger "activity_summaries_update" after update on "activity"
      referencing old table as old_rows new table as new_rows for each statement execute function activity_summaries();`);

    // The participant at entry, on the enrolment itself (the ESF describes the situation on
    // entering the operation): copied from the person when the enrolment is inserted.
    this.addSql(`alter table "enrolment"
      add column "sex" "sex" null, add column "birth_year" smallint null,
      add column "entry_labour_status" "labour_status" null, add column "entry_education" "education_level" null,
      add column "entry_jobless_household" boolean null, add column "entry_jobless_household_with_children" boolean null,
      add column "entry_single_adult_with_children" boolean null, add column "entry_migrant_or_minority" boolean null,
      add column "entry_disability" boolean null, add column "entry_other_disadvantaged" boolean null,
      add column "entry_housing_exclusion" boolean null;`);
    this.addSql(`create function enrolment_entry_snapshot() returns trigger language plpgsql as $$
    begin
      select p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
             p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion
        into new.sex, new.birth_year, new.entry_labour_status, new.entry_education, new.entry_jobless_household,
             new.entry_jobless_household_with_children, new.entry_single_adult_with_children, new.entry_migrant_or_minority,
             new.entry_disability, new.entry_other_disadvantaged, new.entry_housing_exclusion
        from person p where p.id = new.person_id;
      return new;
    end $$;`);
    this.addSql(`update "enrolment" e set "sex" = p."sex", "birth_year" = p."birth_year", "entry_labour_status" = p."labour_status",
      "entry_education" = p."education", "entry_jobless_household" = p."jobless_household",
      "entry_jobless_household_with_children" = p."jobless_household_with_children",
      "entry_single_adult_with_children" = p."single_adult_with_children", "entry_migrant_or_minority" = p."migrant_or_minority",
      "entry_disability" = p."disability", "entry_other_disadvantaged" = p."other_disadvantaged",
      "entry_housing_exclusion" = p."housing_exclusion"
      from "person" p where p."id" = e."person_id";`);
    this.addSql(`alter table "enrolment" alter column "sex" set not null, alter column "birth_year" set not null,
      alter column "entry_labour_status" set not null;`);
    this.addSql(`create trigger "enrolment_entry_snapshot" before insert or update of "person_id" on "enrolment"
      for each row execute function enrolment_entry_snapshot();`);

    // Daily summaries of the path and of the debt ledger, kept by statement-level triggers that
    // subtract what a statement removed and add what it wrote: exact for inserts, corrections and
    // deletions alike.
    this.addSql(`create table "enrolment_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null, "sex" "sex" not null, "enrolled" integer not null, "arrears_cents" bigint not null,
      constraint "enrolment_daily_pkey" primary key ("project_code", "day", "sex"));`);
    this.addSql(`create table "exit_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null, "sex" "sex" not null, "outcome" "exit_outcome" not null,
      "contract_key" text not null, "exits" integer not null,
      constraint "exit_daily_pkey" primary key ("project_code", "day", "sex", "outcome", "contract_key"));`);
    this.addSql(`create table "ledger_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null, "repaid_cents" bigint not null, "withheld_cents" bigint not null,
      constraint "ledger_daily_pkey" primary key ("project_code", "day"));`);

    this.addSql(`create function enrolment_summaries() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        -- (nested: plpgsql plans a whole condition, and old_rows exists only for updates)
        if exists (
            select 1 from old_rows o join new_rows n on n.id = o.id
             where o.project_code <> n.project_code
               and (exists (select 1 from repayment r where r.enrolment_id = o.id)
                    or exists (select 1 from withholding w where w.enrolment_id = o.id))) then
          raise exception 'an enrolment with repayments or withholding cannot move to another project';
        end if;
      end if;
      ${subtractOldAddNew((rows, sign) => `
        insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
        select project_code, selected_on, sex, ${sign}count(*), ${sign}sum(arrears_cents) from ${rows} group by 1, 2, 3
        on conflict (project_code, day, sex) do update
          set enrolled = enrolment_daily.enrolled + excluded.enrolled, arrears_cents = enrolment_daily.arrears_cents + excluded.arrears_cents;
        insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
        select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), ${sign}count(*)
          from ${rows} where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5
        on conflict (project_code, day, sex, outcome, contract_key) do update set exits = exit_daily.exits + excluded.exits;`)}
      return null;
    end $$;`);
    this.addSql(`create function ledger_summaries() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'repayment' then
        ${subtractOldAddNew((rows, sign) => `
          insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
          select e.project_code, r.paid_on, ${sign}sum(r.amount_cents), 0 from ${rows} r join enrolment e on e.id = r.enrolment_id group by 1, 2
          on conflict (project_code, day) do update set repaid_cents = ledger_daily.repaid_cents + excluded.repaid_cents;`)}
      else
        ${subtractOldAddNew((rows, sign) => `
          insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
          select e.project_code, w.withheld_on, 0, ${sign}sum(w.amount_cents) from ${rows} w join enrolment e on e.id = w.enrolment_id group by 1, 2
          on conflict (project_code, day) do update set withheld_cents = ledger_daily.withheld_cents + excluded.withheld_cents;`)}
      end if;
      return null;
    end $$;`);
    this.statementTriggers('enrolment_summaries', 'enrolment', 'enrolment_summaries');
    this.statementTriggers('repayment_summaries', 'repayment', 'ledger_summaries');
    this.statementTriggers('withholding_summaries', 'withholding', 'ledger_summaries');

    // ESF common indicators. What each participant counts in is defined once, here, by two SQL
    // functions over the enrolment (its situation at entry) and its six-month follow-up;
    // esf_daily sums them per project, day, sex and indicator (outputs on the day of selection,
    // CR03/CR04 on the day of the exit, CR06/CR07 on the later of exit and follow-up).
    // docs/indicators.md states the same definitions in words.
    this.addSql(`create function esf_output_codes(e enrolment) returns text[] language sql immutable as $$
      select array_remove(array[
        'PARTICIPANTS',
        case when e.entry_education is null then 'INCOMPLETE' end,
        case when complete and e.entry_labour_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED') then 'CO01' end,
        case when complete and e.entry_labour_status = 'LONG_TERM_UNEMPLOYED' then 'CO02' end,
        case when complete and e.entry_labour_status in ('INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION') then 'CO03' end,
        case when complete and e.entry_labour_status = 'INACTIVE_NOT_IN_EDUCATION' then 'CO04' end,
        case when complete and e.entry_labour_status = 'EMPLOYED' then 'CO05' end,
        case when complete and age < 25 then 'CO06' end,
        case when complete and age > 54 then 'CO07' end,
        case when complete and age > 54
                  and e.entry_labour_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE_NOT_IN_EDUCATION') then 'CO08' end,
        case when complete and e.entry_education in ('ISCED_1', 'ISCED_2') then 'CO09' end,
        case when complete and e.entry_education in ('ISCED_3', 'ISCED_4') then 'CO10' end,
        case when complete and e.entry_education in ('ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8') then 'CO11' end,
        case when complete and e.entry_jobless_household then 'CO12' end,
        case when complete and e.entry_jobless_household_with_children then 'CO13' end,
        case when complete and e.entry_single_adult_with_children then 'CO14' end,
        case when complete and e.entry_migrant_or_minority then 'CO15' end,
        case when complete and e.entry_disability then 'CO16' end,
        case when complete and e.entry_other_disadvantaged then 'CO17' end,
        case when complete and e.entry_housing_exclusion then 'CO18' end
      ], null)
      from (select e.entry_education is not null as complete,
                   extract(year from e.selected_on)::int - e.birth_year as age) x
    $$;`);
    this.addSql(`create function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
      select 'CR03', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.qualification_on_exit
      union all
      select 'CR04', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.outcome = 'EMPLOYED'
      union all
      select 'CR06', greatest(e.exited_on, f.observed_on)
       where f.id is not null and e.exited_on is not null and e.entry_education is not null and f.employed
      union all
      select 'CR07', greatest(e.exited_on, f.observed_on)
       where f.id is not null and e.exited_on is not null and e.entry_education is not null and f.improved_situation
    $$;`);
    this.addSql(`create table "esf_daily" (
      "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
      "day" date not null, "sex" "sex" not null, "code" text not null, "participants" integer not null,
      constraint "esf_daily_pkey" primary key ("project_code", "day", "sex", "code"));`);
    this.addSql(`create function esf_from_enrolments() returns trigger language plpgsql as $$
    begin
      ${subtractOldAddNew((rows, sign) => `
        insert into esf_daily (project_code, day, sex, code, participants)
        select project_code, day, sex, code, ${sign}count(*) from (
          select r.project_code, r.selected_on as day, r.sex, c.code
            from ${rows} r cross join unnest(esf_output_codes(r::enrolment)) as c(code)
          union all
          select r.project_code, x.day, r.sex, x.code
            from ${rows} r left join follow_up f on f.enrolment_id = r.id cross join lateral esf_result_events(r::enrolment, f) x
        ) events group by 1, 2, 3, 4
        on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;`)}
      return null;
    end $$;`);
    this.addSql(`create function esf_from_follow_ups() returns trigger language plpgsql as $$
    begin
      ${subtractOldAddNew((rows, sign) => `
        insert into esf_daily (project_code, day, sex, code, participants)
        select e.project_code, x.day, e.sex, x.code, ${sign}count(*)
          from ${rows} f join enrolment e on e.id = f.enrolment_id cross join lateral esf_result_events(e, f::follow_up) x
         where x.code in ('CR06', 'CR07') group by 1, 2, 3, 4
        on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;`)}
      return null;
    end $$;`);
    this.statementTriggers('esf_enrolment', 'enrolment', 'esf_from_enrolments');
    this.statementTriggers('esf_follow_up', 'follow_up', 'esf_from_follow_ups');

    // Whatever is already recorded.
    this.addSql(`insert into reach (project_code, person_id, first_on)
      select project_code, person_id, min(on_date) from (
        select a.project_code, t.person_id, a.held_on as on_date from attendance t join activity a on a.id = t.activity_id where t.person_id is not null
        union all
        select project_code, person_id, selected_on from enrolment) x
      group by project_code, person_id;`);
    this.addSql(`insert into attendance_daily (project_code, day, registered, anonymous)
      select a.project_code, a.held_on, count(t.person_id), coalesce(sum(t.anonymous_headcount), 0)
        from attendance t join activity a on a.id = t.activity_id group by a.project_code, a.held_on;`);

    this.addSql(`insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
      select project_code, selected_on, sex, count(*), sum(arrears_cents) from enrolment group by 1, 2, 3;`);
    this.addSql(`insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
      select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), count(*)
        from enrolment where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5;`);
    this.addSql(`insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select project_code, day, sum(repaid), sum(withheld) from (
        select e.project_code, r.paid_on as day, r.amount_cents as repaid, 0 as withheld from repayment r join enrolment e on e.id = r.enrolment_id
        union all
        select e.project_code, w.withheld_on, 0, w.amount_cents from withholding w join enrolment e on e.id = w.enrolment_id) x
      group by 1, 2;`);
    this.addSql(`insert into esf_daily (project_code, day, sex, code, participants)
      select project_code, day, sex, code, count(*) from (
        select e.project_code, e.selected_on as day, e.sex, c.code from enrolment e cross join unnest(esf_output_codes(e)) as c(code)
        union all
        select e.project_code, r.day, e.sex, r.code from enrolment e left join follow_up f on f.enrolment_id = e.id
          cross join lateral esf_result_events(e, f) r) x
      group by 1, 2, 3, 4;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_exit_after_selection" check ("exited_on" is null or "exited_on" >= "selected_on");`);

    // Indexes the reports filter and join on.
    this.addSql(`create index "withholding_withheld_on_index" on "withholding" ("withheld_on");`);
    this.addSql(`create index "follow_up_observed_on_index" on "follow_up" ("observed_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "activity_summaries_update" on "activity";`);
    for (const event of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "attendance_summaries_${event}" on "attendance";`);
      this.addSql(`drop trigger if exists "enrolment_reach_${event}" on "enrolment";`);
    }
    this.addSql(`drop function if exists activity_summaries(), enrolment_reach(), attendance_summaries(),
      refresh_attendance_daily(text[], date[]), refresh_reach(text[], uuid[]);`);
    for (const event of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "enrolment_summaries_${event}" on "enrolment";`);
      this.addSql(`drop trigger if exists "repayment_summaries_${event}" on "repayment";`);
      this.addSql(`drop trigger if exists "withholding_summaries_${event}" on "withholding";`);
    }
    for (const event of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "esf_enrolment_${event}" on "enrolment";`);
      this.addSql(`drop trigger if exists "esf_follow_up_${event}" on "follow_up";`);
    }
    this.addSql(`drop function if exists esf_from_enrolments(), esf_from_follow_ups();`);
    this.addSql(`drop table if exists "esf_daily";`);
    this.addSql(`drop function if exists esf_output_codes(enrolment), esf_result_events(enrolment, follow_up);`);
    this.addSql(`drop trigger if exists "enrolment_entry_snapshot" on "enrolment";`);
    this.addSql(`drop function if exists enrolment_summaries(), ledger_summaries(), enrolment_entry_snapshot();`);
    this.addSql(`drop table if exists "enrolment_daily", "exit_daily", "ledger_daily";`);
    this.addSql(`alter table "enrolment" drop constraint if exists "enrolment_exit_after_selection", drop column "sex", drop column "birth_year",
      drop column "entry_labour_status", drop column "entry_education", drop column "entry_jobless_household",
      drop column "entry_jobless_household_with_children", drop column "entry_single_adult_with_children",
      drop column "entry_migrant_or_minority", drop column "entry_disability", drop column "entry_other_disadvantaged",
      drop column "entry_housing_exclusion";`);
    this.addSql(`drop table if exists "reach_daily";`);
    this.addSql(`drop function if exists reach_daily_apply();`);
    this.addSql(`drop table if exists "attendance_daily";`);
    this.addSql(`drop table if exists "reach";`);
    this.addSql(`drop index if exists "attendance_activity_id_index";`);
    this.addSql(`drop index if exists "withholding_withheld_on_index";`);
    this.addSql(`drop index if exists "follow_up_observed_on_index";`);
    this.addSql(`alter table "project" drop column "awarded_on";`);
  }
}
