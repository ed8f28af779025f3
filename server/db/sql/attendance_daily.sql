-- attendance_daily: registered attendances and anonymous headcounts per project and day.
--
-- Maintained by:
--   attendance  INSERT / UPDATE / DELETE  attendance_summaries()  (this file)
--               reads activity_id, person_id, anonymous_headcount; the activity gives
--               project_code and held_on
--   activity    UPDATE                    activity_summaries()    (this file)
--               an activity moved to another day or project moves its attendances with it
-- The same two functions keep reach (reach.sql). Inserts (the common case, and bulk imports)
-- add to the summaries; updates and deletions recompute exactly the keys they touched, before
-- and after the statement, with refresh_reach() and refresh_attendance_daily().
--
-- Concurrency (Migration20261126110000_summaries): attendance_summaries() and
-- activity_summaries() are replaced in summaries_concurrency.sql. attendance_daily now takes
-- deltas only (upserts, a day at zero loses its row), refresh_attendance_daily() is gone, and an
-- attendance's activity is locked FOR SHARE before its project and day are read, so an activity
-- moved at the same time waits or is seen. A TRUNCATE of attendance rebuilds attendance_daily and
-- reach (summaries_closure.sql).

create table "attendance_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "registered" integer not null,
  "anonymous" integer not null,
  constraint "attendance_daily_pkey" primary key ("project_code", "day")
);

create index "attendance_activity_id_index" on "attendance" ("activity_id");

-- Recomputes attendance_daily for the given (project, day) pairs (the two arrays are read in
-- parallel): a day without attendances any more loses its row.
create function refresh_attendance_daily(p_projects text[], p_days date[]) returns void language plpgsql as $$
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
end $$;

-- Attendance rows: keep reach and attendance_daily.
create function attendance_summaries() returns trigger language plpgsql as $$
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
end $$;

create trigger "attendance_summaries_insert" after insert on "attendance"
  referencing new table as new_rows for each statement execute function attendance_summaries();
create trigger "attendance_summaries_update" after update on "attendance"
  referencing old table as old_rows new table as new_rows for each statement execute function attendance_summaries();
create trigger "attendance_summaries_delete" after delete on "attendance"
  referencing old table as old_rows for each statement execute function attendance_summaries();

-- Activity rows: an activity moved to another day or project moves its attendances with it
-- (reach and attendance_daily are recomputed for the keys before and after the move).
create function activity_summaries() returns trigger language plpgsql as $$
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
end $$;

create trigger "activity_summaries_update" after update on "activity"
  referencing old table as old_rows new table as new_rows for each statement execute function activity_summaries();
