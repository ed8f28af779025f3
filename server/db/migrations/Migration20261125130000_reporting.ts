import { Migration } from '@mikro-orm/migrations';

/**
 * Reporting support.
 *
 * - project.awarded_on: the day the award was published (the article: 31 May 2018); as of an
 *   earlier day a project has no funding yet.
 * - reach: for each project and registered person, the first day the person was reached (an
 *   attendance at one of the project's activities, or an enrolment in it). "People reached as of
 *   D" is then a count of rows with first_on <= D, instead of a DISTINCT over every attendance.
 * - attendance_daily: registered attendances and anonymous headcounts per project and day.
 *
 * Both summaries are kept by statement-level triggers that recompute exactly the keys a statement
 * touched, from the base tables: inserts, corrections and deletions all leave them equal to what
 * a full recomputation would give (a test checks this).
 */
export class Migration20261125130000_reporting extends Migration {
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

    // Attendance rows: the keys they touch, before and after the statement.
    this.addSql(`create function attendance_summaries() returns trigger language plpgsql as $$
    declare
      projects text[]; people uuid[]; day_projects text[]; days date[];
    begin
      if tg_op = 'INSERT' then
        select array_agg(a.project_code) filter (where n.person_id is not null), array_agg(n.person_id) filter (where n.person_id is not null),
               array_agg(a.project_code), array_agg(a.held_on)
          into projects, people, day_projects, days
          from new_rows n join activity a on a.id = n.activity_id;
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
    for (const [event, referencing] of [
      ['insert', 'new table as new_rows'],
      ['update', 'old table as old_rows new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ] as const) {
      this.addSql(`create trigger "attendance_summaries_${event}" after ${event} on "attendance"
        referencing ${referencing} for each statement execute function attendance_summaries();`);
    }

    this.addSql(`create function enrolment_reach() returns trigger language plpgsql as $$
    declare projects text[]; people uuid[];
    begin
      if tg_op = 'INSERT' then
        select array_agg(project_code), array_agg(person_id) into projects, people from new_rows;
      elsif tg_op = 'DELETE' then
        select array_agg(project_code), array_agg(person_id) into projects, people from old_rows;
      else
        select array_agg(project_code), array_agg(person_id) into projects, people
          from (select project_code, person_id from old_rows union all select project_code, person_id from new_rows) c;
      end if;
      if projects is not null then perform refresh_reach(projects, people); end if;
      return null;
    end $$;`);
    for (const [event, referencing] of [
      ['insert', 'new table as new_rows'],
      ['update', 'old table as old_rows new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ] as const) {
      this.addSql(`create trigger "enrolment_reach_${event}" after ${event} on "enrolment"
        referencing ${referencing} for each statement execute function enrolment_reach();`);
    }

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
    this.addSql(`drop table if exists "attendance_daily";`);
    this.addSql(`drop table if exists "reach";`);
    this.addSql(`drop index if exists "attendance_activity_id_index";`);
    this.addSql(`drop index if exists "withholding_withheld_on_index";`);
    this.addSql(`drop index if exists "follow_up_observed_on_index";`);
    this.addSql(`alter table "project" drop column "awarded_on";`);
  }
}
