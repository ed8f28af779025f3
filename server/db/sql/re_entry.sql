-- The ESF re-entry rule (issue #13, Migration20261126170000_re_entry): a person who leaves and
-- re-enters the same operation (the same project's reintegration path) is one participant.
-- The Commission's guidance on ESF monitoring (data on participants, "re-entries"): the entry
-- date and the output indicators always refer to the first participation; the exit is the final
-- exit, and the results recorded at an earlier exit are replaced by the final exit's. So, per
-- (project, person):
--   outputs (PARTICIPANTS, INCOMPLETE, CO01-CO19)  the first enrolment's, on its day of selection;
--   results (CR01-CR09)                           the last enrolment's (with its follow-up);
-- first and last by day of selection, then id. An enrolment between the two counts in neither.
-- Retroactively: once a re-entry is recorded, the earlier exit is no longer a leaving, also for
-- the days before the re-entry (the guidance updates the recorded exit; docs/indicators.md).
--
-- How. esf_daily keeps counting each enrolment on its own (esf.sql, unchanged: its deltas need
-- no sibling row, so no new lock). The rule is applied when the indicators are read, as a
-- correction over the few people with more than one enrolment in a project:
--   participation              enrolments per (project, person), a summary kept by deltas
--                              (summaries_concurrency.sql rule 1) with a partial index on the keys
--                              with more than one: the re-entries, found without a scan.
--   esf_re_entry_corrections() for those keys, the events esf_daily counts and the rule does not:
--                              minus the outputs of every enrolment but the first, minus the
--                              results of every enrolment but the last, each on the day esf_daily
--                              counts it. server/reporting/esf-indicators.ts adds them to
--                              esf_daily in the same statement (one snapshot).
-- participation is checked and rebuilt with the other summaries (server/db/summaries.ts).

create table "participation" (
  "project_code" varchar(32) not null,
  "person_id" uuid not null,
  "enrolments" integer not null,
  constraint "participation_pkey" primary key ("project_code", "person_id")
);
create index "participation_re_entries" on "participation" ("project_code", "person_id") where "enrolments" > 1;

comment on table "participation" is
  'Enrolments per (project, person); the keys with more than one are the ESF re-entries (re_entry.sql). '
  'Maintained by: enrolment INSERT/UPDATE/DELETE via participation_from_enrolments(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated().';

-- Enrolment rows: +1 for the key of each new row, -1 for the key of each old one (an update that
-- keeps the project and the person changes nothing); a key that falls to zero loses its row,
-- re-checked on the newest version of the row (as attendance_daily's, rule 1). (One branch per
-- operation: plpgsql plans a whole statement, and old_rows / new_rows exist only for some.)
create function participation_from_enrolments() returns trigger language plpgsql as $$
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    insert into participation (project_code, person_id, enrolments)
    select project_code, person_id, count(*) from new_rows group by 1, 2
    on conflict (project_code, person_id) do update set enrolments = participation.enrolments + excluded.enrolments;
  elsif tg_op = 'DELETE' then
    insert into participation (project_code, person_id, enrolments)
    select project_code, person_id, -count(*) from old_rows group by 1, 2
    on conflict (project_code, person_id) do update set enrolments = participation.enrolments + excluded.enrolments;
    delete from participation p using (select distinct project_code, person_id from old_rows) k
     where p.project_code = k.project_code and p.person_id = k.person_id and p.enrolments = 0;
  else
    insert into participation (project_code, person_id, enrolments)
    select k.project_code, k.person_id, sum(k.n) from (
      select o.project_code, o.person_id, -1 as n from old_rows o join new_rows n on n.id = o.id
       where (o.project_code, o.person_id) is distinct from (n.project_code, n.person_id)
      union all
      select n.project_code, n.person_id, 1 from old_rows o join new_rows n on n.id = o.id
       where (o.project_code, o.person_id) is distinct from (n.project_code, n.person_id)
    ) k group by 1, 2 having sum(k.n) <> 0
    on conflict (project_code, person_id) do update set enrolments = participation.enrolments + excluded.enrolments;
    delete from participation p using (select distinct project_code, person_id from old_rows) k
     where p.project_code = k.project_code and p.person_id = k.person_id and p.enrolments = 0;
  end if;
  return null;
end $$;

create trigger "participation_enrolment_insert" after insert on "enrolment"
  referencing new table as new_rows for each statement execute function participation_from_enrolments();
create trigger "participation_enrolment_update" after update on "enrolment"
  referencing old table as old_rows new table as new_rows for each statement execute function participation_from_enrolments();
create trigger "participation_enrolment_delete" after delete on "enrolment"
  referencing old table as old_rows for each statement execute function participation_from_enrolments();

-- The recomputation (summaries_closure.sql's pattern): what server/db/summaries.ts compares
-- participation with, and what rebuilds it.
create function participation_recomputed() returns table (project_code varchar, person_id uuid, enrolments integer)
language sql stable as $$
  select e.project_code, e.person_id, count(*)::int from enrolment e group by 1, 2
$$;

create function rebuild_participation() returns void language plpgsql as $$
begin
  lock table participation in exclusive mode;
  delete from participation;
  insert into participation (project_code, person_id, enrolments) select * from participation_recomputed();
end $$;

-- The events esf_daily counts and the re-entry rule does not, for the keys with more than one
-- enrolment: each on the day esf_daily counts it, with -1. esf_daily plus these is the rule.
-- plpgsql, so that its plan is prepared once per connection instead of being inlined into every
-- report's; STABLE, so that it reads the snapshot of the report's statement.
create function esf_re_entry_corrections() returns table (project_code varchar, day date, sex sex, code text, participants integer)
language plpgsql stable as $$
#variable_conflict use_column
begin
  return query
  with ranked as (
    select e as entry,
           row_number() over (partition by e.project_code, e.person_id order by e.selected_on, e.id) as position,
           count(*) over (partition by e.project_code, e.person_id) as enrolments
      from participation p
      join enrolment e on e.person_id = p.person_id and e.project_code = p.project_code
     where p.enrolments > 1
  )
  select x.project_code, x.day, x.sex, x.code, -count(*)::int from (
    -- a re-entry's outputs: the participant is described by the first entry
    select (r.entry).project_code, (r.entry).selected_on as day, (r.entry).sex, c.code
      from ranked r cross join unnest(esf_output_codes(r.entry)) as c(code)
     where r.position > 1
    union all
    -- an exit followed by a re-entry: its results are replaced by the final exit's
    select (r.entry).project_code, v.day, (r.entry).sex, v.code
      from ranked r left join follow_up f on f.enrolment_id = (r.entry).id cross join lateral esf_result_events(r.entry, f) v
     where r.position < r.enrolments
  ) x group by 1, 2, 3, 4;
end $$;

-- Summaries that include participation: rebuild_summaries() and the TRUNCATE of enrolment
-- (summaries_closure.sql), the same with participation added.
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily, enrolment_daily, exit_daily, ledger_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, enrolment_daily, exit_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
  return null;
end $$;

select summaries_rebuilding();
select rebuild_participation();
