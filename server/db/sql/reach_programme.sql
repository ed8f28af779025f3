-- reach_programme and reach_programme_daily (issue 17, Migration20261126191000_lean_reports):
-- the distinct people reached by the programme, bounded by time rather than by population.
--   reach_programme        for each registered person reached by any project, the first day
--                          (the earliest of their reach rows).
--   reach_programme_daily  how many people had their first day in ANY project on each day: a few
--                          thousand rows whatever the population. "Distinct people reached by all
--                          the projects as of D" is the sum of the days up to D, instead of a
--                          grouping of the whole reach table by person.
--
-- Maintained by:
--   reach  INSERT / UPDATE / DELETE  reach_programme_apply()  (this file)
--          reads person_id; recomputes the touched people from reach
-- reach is itself a summary (reach.sql), so every write that moves a person's first day in a
-- project lands here: attendances, enrolments, moved activities, and the cascades of a person or
-- project deleted.
--
-- Concurrency (summaries_concurrency.sql, rule 3). A person's programme first day depends on
-- their reach rows in every project, so the reach lock is now taken per person (one of 256 by the
-- hash of the person alone, no longer of the (project, person) pair): two transactions changing
-- the same person's first day in two projects wait for each other, and the one that runs second
-- recomputes reach_programme from what the first committed. reach_programme_apply() takes the
-- same locks (already held on every path but a cascade) before reading reach, and applies to
-- reach_programme_daily only deltas, as upserts (rule 1): -1 on the old first day, +1 on the new.
-- A day that falls to zero loses its row (re-checked on the newest version of the row).
-- A TRUNCATE that empties reach rebuilds both (reach_truncated(), attendance_truncated(),
-- enrolment_truncated()); rebuild_summaries() rebuilds them with the others.

create table "reach_programme" (
  "person_id" uuid not null,
  "first_on" date not null,
  constraint "reach_programme_pkey" primary key ("person_id")
);

create table "reach_programme_daily" (
  "day" date not null,
  "people" integer not null,
  constraint "reach_programme_daily_pkey" primary key ("day")
);

-- A person's reach rows in every project, found without a scan.
create index "reach_person_id_first_on_index" on "reach" ("person_id", "first_on");

comment on table "reach_programme" is
  'For each registered person reached by any project, the first day (the earliest of their reach rows). '
  'Maintained by: reach INSERT/UPDATE/DELETE via reach_programme_apply(). '
  'Rebuilt after attendance TRUNCATE via attendance_truncated(); enrolment TRUNCATE via enrolment_truncated(); '
  'reach TRUNCATE via reach_truncated().';

comment on table "reach_programme_daily" is
  'People first reached by any project per day (distinct people reached by the programme as of D: the sum up to D). '
  'Maintained by: reach INSERT/UPDATE/DELETE via reach_programme_apply(). '
  'Rebuilt after attendance TRUNCATE via attendance_truncated(); enrolment TRUNCATE via enrolment_truncated(); '
  'reach TRUNCATE via reach_truncated().';

-- Rule 3, per person: the key's lock covers every project of the person.
create or replace function lock_reach_keys(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
declare k integer;
begin
  for k in
    select distinct hashtext(u.person_id::text) & 255
      from unnest(p_people) as u(person_id)
     order by 1
  loop
    perform pg_advisory_xact_lock(hashtext('quartieri.reach'), k);
  end loop;
end $$;

-- Recomputes reach_programme for the given people from reach, under their locks, and moves
-- reach_programme_daily by the difference.
create function reach_programme_refresh(p_people uuid[]) returns void language plpgsql as $$
declare changed uuid[]; old_days date[]; new_days date[];
begin
  perform lock_reach_keys(null, p_people);
  -- From here on, each statement sees what every earlier holder of these people's locks committed.
  select array_agg(u.person_id), array_agg(p.first_on), array_agg(n.first_on) into changed, old_days, new_days
    from (select distinct x from unnest(p_people) as x) u(person_id)
    left join reach_programme p on p.person_id = u.person_id
    left join lateral (select min(r.first_on) as first_on from reach r where r.person_id = u.person_id) n on true
   where p.first_on is distinct from n.first_on;
  if changed is null then return; end if;
  delete from reach_programme p
   using unnest(changed, new_days) as c(person_id, new_on)
   where p.person_id = c.person_id and c.new_on is null;
  insert into reach_programme (person_id, first_on)
  select c.person_id, c.new_on from unnest(changed, new_days) as c(person_id, new_on) where c.new_on is not null
  on conflict (person_id) do update set first_on = excluded.first_on;
  insert into reach_programme_daily (day, people)
  select d.day, sum(d.n)::int from (
    select o.day, -1 as n from unnest(old_days) as o(day) where o.day is not null
    union all
    select w.day, 1 from unnest(new_days) as w(day) where w.day is not null) d
   group by d.day having sum(d.n) <> 0
  on conflict (day) do update set people = reach_programme_daily.people + excluded.people;
  delete from reach_programme_daily s
   where s.day in (select o.day from unnest(old_days) as o(day) where o.day is not null) and s.people = 0;
end $$;

-- reach rows: the people of the statement's old and new rows. (One branch per operation:
-- old_rows and new_rows exist only for some.)
create function reach_programme_apply() returns trigger language plpgsql as $$
declare people uuid[];
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    select array_agg(distinct person_id) into people from new_rows;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct person_id) into people from old_rows;
  else
    select array_agg(distinct person_id) into people
      from (select person_id from old_rows union all select person_id from new_rows) c;
  end if;
  if people is not null then perform reach_programme_refresh(people); end if;
  return null;
end $$;

create trigger "reach_programme_insert" after insert on "reach"
  referencing new table as new_rows for each statement execute function reach_programme_apply();
create trigger "reach_programme_update" after update on "reach"
  referencing old table as old_rows new table as new_rows for each statement execute function reach_programme_apply();
create trigger "reach_programme_delete" after delete on "reach"
  referencing old table as old_rows for each statement execute function reach_programme_apply();

-- The recomputations (summaries_closure.sql's pattern) and the rebuilds.
create function reach_programme_recomputed() returns table (person_id uuid, first_on date)
language sql stable as $$
  select r.person_id, min(r.first_on) from reach_recomputed() r group by r.person_id
$$;

create function reach_programme_daily_recomputed() returns table (day date, people integer)
language sql stable as $$
  select r.first_on, count(*)::int from reach_programme_recomputed() r group by r.first_on
$$;

create function rebuild_reach_programme() returns void language plpgsql as $$
begin
  lock table reach_programme, reach_programme_daily in exclusive mode;
  delete from reach_programme;
  insert into reach_programme (person_id, first_on) select * from reach_programme_recomputed();
  delete from reach_programme_daily;
  insert into reach_programme_daily (day, people) select * from reach_programme_daily_recomputed();
end $$;

-- rebuild_summaries() and the TRUNCATE triggers that rebuild reach (summaries_closure.sql,
-- re_entry.sql), the same with reach_programme added after reach (whose rebuild moves it
-- through the triggers first).
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, attendance_daily, enrolment_daily, exit_daily,
    ledger_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
end $$;

create or replace function attendance_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, attendance_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_attendance_daily();
  return null;
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, enrolment_daily, exit_daily, esf_daily,
    participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
  return null;
end $$;

create or replace function reach_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  return null;
end $$;

-- What was reached before this migration.
select summaries_rebuilding();
select rebuild_reach_programme();
