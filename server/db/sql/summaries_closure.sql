-- The summaries closed under every write path (Migration20261126110000_summaries): what each
-- summary is, recomputed in full from the records; the rebuild from that recomputation; TRUNCATE
-- followed by the summaries it empties; and the keys the summaries count under, which never
-- change.
--
-- <summary>_recomputed() is the one definition of each summary's content from the records.
-- server/db/summaries.ts compares each table with it (npm run summaries -- --check, and the
-- tests) and rebuild_summaries() replaces each table with it (npm run summaries -- --rebuild).
--
-- Concurrency. A rebuild first takes the summaries' advisory lock exclusive (rule 4 of
-- summaries_concurrency.sql: it waits for the writers in progress, and new writers wait for it),
-- then an EXCLUSIVE lock on the summary tables it replaces (readers go on), then recomputes: each of its statements sees
-- every write committed before the lock was granted, and a writer that waited applies its deltas
-- (or recomputes its keys) on top of the rebuilt table afterwards. TRUNCATE fires no DELETE
-- trigger, so each record table a summary reads has an AFTER TRUNCATE trigger that rebuilds the
-- summaries depending on it: `npm run seed -- --reset` (TRUNCATE … CASCADE) leaves them equal to
-- the recomputation, that is empty. TRUNCATE holds an ACCESS EXCLUSIVE lock on its tables, so
-- no writer of those tables runs meanwhile.

-- reach: the first day each person was reached in each project (an attendance or an enrolment).
create or replace function reach_recomputed() returns table (project_code text, person_id uuid, first_on date)
language sql stable as $$
  select x.project_code, x.person_id, min(x.on_date) from (
    select a.project_code, t.person_id, a.held_on as on_date
      from attendance t join activity a on a.id = t.activity_id where t.person_id is not null
    union all
    select e.project_code, e.person_id, e.selected_on from enrolment e) x
  group by x.project_code, x.person_id
$$;

-- reach_daily: people first reached per project and day.
create or replace function reach_daily_recomputed() returns table (project_code text, day date, people integer)
language sql stable as $$
  select r.project_code, r.first_on, count(*)::int from reach_recomputed() r group by r.project_code, r.first_on
$$;

-- attendance_daily: registered attendances and anonymous headcounts per project and day.
create or replace function attendance_daily_recomputed() returns table (project_code text, day date, registered integer, anonymous integer)
language sql stable as $$
  select a.project_code, a.held_on, count(t.person_id)::int, coalesce(sum(t.anonymous_headcount), 0)::int
    from attendance t join activity a on a.id = t.activity_id
   group by a.project_code, a.held_on
$$;

-- enrolment_daily: enrolments and their arrears per project, day of selection and sex.
create or replace function enrolment_daily_recomputed() returns table (project_code text, day date, sex sex, enrolled integer, arrears_cents bigint)
language sql stable as $$
  select e.project_code, e.selected_on, e.sex, count(*)::int, sum(e.arrears_cents)::bigint
    from enrolment e group by e.project_code, e.selected_on, e.sex
$$;

-- exit_daily: exits per project, day of exit, sex, outcome and contract ('' without one).
create or replace function exit_daily_recomputed()
returns table (project_code text, day date, sex sex, outcome exit_outcome, contract_key text, exits integer)
language sql stable as $$
  select e.project_code, e.exited_on, e.sex, e.outcome, coalesce(e.contract_type::text, ''), count(*)::int
    from enrolment e where e.exited_on is not null and e.outcome is not null
   group by 1, 2, 3, 4, 5
$$;

-- ledger_daily: amounts repaid and withheld per project and day.
create or replace function ledger_daily_recomputed() returns table (project_code text, day date, repaid_cents bigint, withheld_cents bigint)
language sql stable as $$
  select x.project_code, x.day, sum(x.repaid)::bigint, sum(x.withheld)::bigint from (
    select e.project_code, r.paid_on as day, r.amount_cents as repaid, 0 as withheld
      from repayment r join enrolment e on e.id = r.enrolment_id
    union all
    select e.project_code, w.withheld_on, 0, w.amount_cents
      from withholding w join enrolment e on e.id = w.enrolment_id) x
  group by x.project_code, x.day
$$;

-- esf_daily: participants per project, day, sex and ESF indicator (esf.sql's two functions).
create or replace function esf_daily_recomputed() returns table (project_code text, day date, sex sex, code text, participants integer)
language sql stable as $$
  select x.project_code, x.day, x.sex, x.code, count(*)::int from (
    select e.project_code, e.selected_on as day, e.sex, c.code
      from enrolment e cross join unnest(esf_output_codes(e)) as c(code)
    union all
    select e.project_code, r.day, e.sex, r.code
      from enrolment e left join follow_up f on f.enrolment_id = e.id cross join lateral esf_result_events(e, f) r) x
  group by 1, 2, 3, 4
$$;

-- Each rebuild replaces one table with its recomputation, under an EXCLUSIVE lock. Rebuilding
-- reach moves reach_daily through its triggers; rebuild reach_daily after it.
create or replace function rebuild_reach() returns void language plpgsql as $$
begin
  lock table reach in exclusive mode;
  delete from reach;
  insert into reach (project_code, person_id, first_on) select * from reach_recomputed();
end $$;

create or replace function rebuild_reach_daily() returns void language plpgsql as $$
begin
  lock table reach_daily in exclusive mode;
  delete from reach_daily;
  insert into reach_daily (project_code, day, people) select * from reach_daily_recomputed();
end $$;

create or replace function rebuild_attendance_daily() returns void language plpgsql as $$
begin
  lock table attendance_daily in exclusive mode;
  delete from attendance_daily;
  insert into attendance_daily (project_code, day, registered, anonymous) select * from attendance_daily_recomputed();
end $$;

create or replace function rebuild_enrolment_daily() returns void language plpgsql as $$
begin
  lock table enrolment_daily in exclusive mode;
  delete from enrolment_daily;
  insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents) select * from enrolment_daily_recomputed();
end $$;

create or replace function rebuild_exit_daily() returns void language plpgsql as $$
begin
  lock table exit_daily in exclusive mode;
  delete from exit_daily;
  insert into exit_daily (project_code, day, sex, outcome, contract_key, exits) select * from exit_daily_recomputed();
end $$;

create or replace function rebuild_ledger_daily() returns void language plpgsql as $$
begin
  lock table ledger_daily in exclusive mode;
  delete from ledger_daily;
  insert into ledger_daily (project_code, day, repaid_cents, withheld_cents) select * from ledger_daily_recomputed();
end $$;

create or replace function rebuild_esf_daily() returns void language plpgsql as $$
begin
  lock table esf_daily in exclusive mode;
  delete from esf_daily;
  insert into esf_daily (project_code, day, sex, code, participants) select * from esf_daily_recomputed();
end $$;

-- The exclusive side of rule 4 (summaries_concurrency.sql): no trigger writes a summary until
-- the transaction ends.
create or replace function summaries_rebuilding() returns void language plpgsql as $$
begin
  perform pg_advisory_xact_lock(hashtext('quartieri.summaries'), 0);
end $$;

-- Every summary, in one transaction (the caller's): the locks are all taken first, in one order.
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily, enrolment_daily, exit_daily, ledger_daily, esf_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
end $$;

-- TRUNCATE of a record table: the summaries that read it are rebuilt from what is left. (A
-- TRUNCATE of activity or person must name attendance too, of enrolment its ledger and
-- follow-ups: their triggers fire in the same statement.)
create or replace function attendance_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  return null;
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, enrolment_daily, exit_daily, esf_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  return null;
end $$;

create or replace function follow_up_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  perform rebuild_esf_daily();
  return null;
end $$;

create or replace function ledger_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  perform rebuild_ledger_daily();
  return null;
end $$;

-- reach is itself emptied by TRUNCATE person … CASCADE (it references person): rebuilt with
-- reach_daily from the records.
create or replace function reach_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  return null;
end $$;

create trigger "attendance_summaries_truncate" after truncate on "attendance"
  for each statement execute function attendance_truncated();
create trigger "enrolment_summaries_truncate" after truncate on "enrolment"
  for each statement execute function enrolment_truncated();
create trigger "follow_up_summaries_truncate" after truncate on "follow_up"
  for each statement execute function follow_up_truncated();
create trigger "repayment_summaries_truncate" after truncate on "repayment"
  for each statement execute function ledger_truncated();
create trigger "withholding_summaries_truncate" after truncate on "withholding"
  for each statement execute function ledger_truncated();
create trigger "reach_summaries_truncate" after truncate on "reach"
  for each statement execute function reach_truncated();

-- The keys the summaries count under never change: a project's code, a person's, an
-- activity's or an enrolment's id. (ON UPDATE CASCADE would rewrite the summaries and the
-- records both, and the records' triggers would count the change a second time.)
create or replace function refuse_key_change() returns trigger language plpgsql as $$
begin
  raise exception 'the % of a % cannot change: the summaries count under it', tg_argv[0], tg_table_name
    using errcode = 'check_violation';
end $$;

create trigger "project_code_unchanged" before update of "code" on "project"
  for each row when (old."code" is distinct from new."code") execute function refuse_key_change('code');
create trigger "person_id_unchanged" before update of "id" on "person"
  for each row when (old."id" is distinct from new."id") execute function refuse_key_change('id');
create trigger "activity_id_unchanged" before update of "id" on "activity"
  for each row when (old."id" is distinct from new."id") execute function refuse_key_change('id');
create trigger "enrolment_id_unchanged" before update of "id" on "enrolment"
  for each row when (old."id" is distinct from new."id") execute function refuse_key_change('id');
