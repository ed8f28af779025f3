-- reach: for each project and registered person, the first day the person was reached in it.
-- "People reached as of D" is a count of rows with first_on <= D, instead of a DISTINCT over
-- every attendance.
--
-- Maintained by:
--   attendance  INSERT / UPDATE / DELETE  attendance_summaries()  (attendance_daily.sql)
--               reads activity_id, person_id; the activity gives project_code and held_on
--   enrolment   INSERT / UPDATE / DELETE  enrolment_reach()       (this file)
--               reads project_code, person_id, selected_on
--   activity    UPDATE                    activity_summaries()    (attendance_daily.sql)
--               an activity moved to another day or project moves its attendances
-- Inserts take the earlier of the known and the new first day; updates and deletions recompute
-- exactly the (project, person) pairs they touched with refresh_reach().
-- reach itself drives reach_daily (reach_daily.sql).
--
-- Concurrency (Migration20261126110000_summaries): refresh_reach() and enrolment_reach() are
-- replaced in summaries_concurrency.sql. Every write of a (project, person) key takes a
-- transaction-level advisory lock on it first (keys in hash order), so two transactions never
-- recompute one key at once: concurrent voids of one person's attendances can no longer leave a
-- row behind or collide on the primary key. A TRUNCATE of attendance, enrolment or reach
-- rebuilds it (summaries_closure.sql).

create table "reach" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "person_id" uuid not null references "person" ("id") on update cascade on delete cascade,
  "first_on" date not null,
  constraint "reach_pkey" primary key ("project_code", "person_id")
);

create index "reach_project_code_first_on_index" on "reach" ("project_code", "first_on");

-- Recomputes reach for the given (project, person) pairs from the attendances and enrolments
-- (the two arrays are read in parallel): a pair nobody reached any more loses its row.
create function refresh_reach(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
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
end $$;

-- Enrolment rows: an enrolment reaches its person on the day of selection.
create function enrolment_reach() returns trigger language plpgsql as $$
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
end $$;

create trigger "enrolment_reach_insert" after insert on "enrolment"
  referencing new table as new_rows for each statement execute function enrolment_reach();
create trigger "enrolment_reach_update" after update on "enrolment"
  referencing old table as old_rows new table as new_rows for each statement execute function enrolment_reach();
create trigger "enrolment_reach_delete" after delete on "enrolment"
  referencing old table as old_rows for each statement execute function enrolment_reach();
