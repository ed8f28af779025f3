-- The summary triggers, safe under concurrent transactions (Migration20261126110000_summaries).
-- Replaces the functions of reach.sql, attendance_daily.sql, ledger_daily.sql and esf.sql that
-- read another table or recompute keys; the tables and triggers stay where they were created.
--
-- Concurrency. Writers run in READ COMMITTED: each statement of a trigger function sees what was
-- committed when that statement started, and two transactions touching the same summary keys
-- may run their triggers at the same time. Three rules keep every summary equal to a full
-- recomputation whatever the interleaving:
--
-- 1. Deltas, applied with upserts. A summary that counts or sums (reach_daily, attendance_daily,
--    enrolment_daily, exit_daily, ledger_daily, esf_daily) is changed only by
--    "insert … on conflict do update set n = n + excluded.n": PostgreSQL applies the delta to the
--    newest version of the row under its row lock, so concurrent deltas add up and never collide
--    on the primary key. Deltas commute; no statement reads a summary to write it back.
--    attendance_daily was recomputed per touched day before; it now takes deltas too, and a day
--    whose counts fall to zero loses its row ("delete … where registered = 0 and anonymous = 0"
--    re-checks the condition on the newest version of the row, so it never deletes a row a
--    concurrent transaction has just raised).
--
-- 2. The parent row is locked FOR SHARE, in id order, before a delta is computed from it. A
--    delta of an attendance needs its activity's project and day; a repayment's or a
--    withholding's, its enrolment's project; a follow-up's, its enrolment's exit and situation.
--    The foreign-key check takes only FOR KEY SHARE, which does not wait for a concurrent
--    correction of the parent (an activity moved, an exit corrected). FOR SHARE does: either the
--    correction waits for this transaction (and its own trigger, which runs after, sees this
--    child), or this trigger waits for the correction to commit and its next statement reads the
--    corrected parent. Without it, an exit correction racing a follow-up insert counted CR06 on
--    the old exit day for good.
--
-- 3. reach is recomputed per (project, person) under a transaction-level advisory lock on each
--    touched key (one of 256, by the key's hash), taken in ascending order (so two transactions
--    never wait for each other in a cycle). Every path that writes reach takes it: the inserts that keep the
--    earlier first day and refresh_reach(), which deletes and recomputes the keys of corrections
--    and deletions. The lock is held to the end of the transaction and the recomputation starts
--    after it is granted, so the last transaction to touch a key sees what every earlier one
--    committed. Without it, two voids of one person's attendances each recomputed the key
--    without seeing the other's deletion and left a reach row for a person with no attendance,
--    or failed with a duplicate key. Deltas would need a count per (project, person, day); the
--    lock keeps the table as small as it is.
--
-- 4. Writers and rebuilds exclude each other through one advisory lock: every trigger function
--    here takes it shared (summaries_writing()), rebuild_summaries() and the TRUNCATE triggers
--    (summaries_closure.sql) take it exclusive before anything else. Shared holders never wait
--    for each other; a rebuild waits for the writers in progress and holds nothing while it
--    waits, so it cannot close a cycle of waits with them (locking the seven tables one after
--    the other did: a writer holding one and wanting the next).
--
-- A REPEATABLE READ writer would read one snapshot for the whole transaction and defeat rule 3's
-- "recompute after the lock": summaries_writing() refuses it. SERIALIZABLE is safe (PostgreSQL
-- aborts one of two transactions whose reads and writes cross, 40001); the services, the imports
-- and the seeds write in READ COMMITTED, the default, and report snapshots only read.

-- A trigger is about to write summaries: the shared side of rule 4, held to the end of the
-- transaction. A REPEATABLE READ writer is refused (see above: its fixed snapshot would
-- recompute reach without what the holder of a lock before it committed).
create or replace function summaries_writing() returns void language plpgsql as $$
begin
  if current_setting('transaction_isolation') = 'repeatable read' then
    raise exception 'records that feed the summaries are written in READ COMMITTED or SERIALIZABLE transactions, not REPEATABLE READ'
      using errcode = 'invalid_transaction_state';
  end if;
  perform pg_advisory_xact_lock_shared(hashtext('quartieri.summaries'), 0);
end $$;

-- Locks the given activities FOR SHARE, in id order (rule 2).
create or replace function lock_activities(p_ids uuid[]) returns void language plpgsql as $$
begin
  perform 1 from activity where id = any(p_ids) order by id for share;
end $$;

-- Locks the given enrolments FOR SHARE, in id order (rule 2).
create or replace function lock_enrolments(p_ids uuid[]) returns void language plpgsql as $$
begin
  perform 1 from enrolment where id = any(p_ids) order by id for share;
end $$;

-- Takes the advisory lock of each (project, person) key of reach (rule 3), held until the
-- transaction ends. The keys share 256 locks by their hash, taken in ascending order: a bulk
-- import of ten thousand people takes at most 256 locks (PostgreSQL's lock table is sized for
-- about 64 per connection), and two keys sharing one merely wait for each other.
create or replace function lock_reach_keys(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
declare k integer;
begin
  for k in
    select distinct hashtext(u.project_code || '/' || u.person_id::text) & 255
      from unnest(p_projects, p_people) as u(project_code, person_id)
     order by 1
  loop
    perform pg_advisory_xact_lock(hashtext('quartieri.reach'), k);
  end loop;
end $$;

-- Recomputes reach for the given (project, person) pairs from the attendances and enrolments
-- (the two arrays are read in parallel), under their advisory locks: a pair nobody reached any
-- more loses its row.
create or replace function refresh_reach(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
begin
  perform lock_reach_keys(p_projects, p_people);
  -- From here on, each statement sees what every earlier holder of these keys committed.
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

-- Keeps the earlier of the known and the new first day of each pair, under the pairs' advisory
-- locks (the inserts of attendances and enrolments).
create or replace function reach_add(p_projects text[], p_people uuid[], p_days date[]) returns void language plpgsql as $$
begin
  perform lock_reach_keys(p_projects, p_people);
  insert into reach (project_code, person_id, first_on)
  select u.project_code, u.person_id, min(u.first_on)
    from unnest(p_projects, p_people, p_days) as u(project_code, person_id, first_on)
   group by u.project_code, u.person_id
  on conflict (project_code, person_id) do update set first_on = least(reach.first_on, excluded.first_on);
end $$;

-- Enrolment rows: an enrolment reaches its person on the day of selection. The enrolment rows
-- are locked by the statement that wrote them.
create or replace function enrolment_reach() returns trigger language plpgsql as $$
declare projects text[]; people uuid[]; days date[];
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    select array_agg(project_code), array_agg(person_id), array_agg(selected_on) into projects, people, days from new_rows;
    if projects is not null then perform reach_add(projects, people, days); end if;
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

-- Adds one statement's attendance deltas (per activity: registered attendances and anonymous
-- headcount, negative for removed rows) to attendance_daily at each activity's project and day,
-- and drops the touched days left at zero. The activities must be locked (lock_activities).
create or replace function attendance_daily_apply(p_activities uuid[], p_registered integer[], p_anonymous integer[])
returns void language plpgsql as $$
begin
  insert into attendance_daily (project_code, day, registered, anonymous)
  select a.project_code, a.held_on, sum(d.registered)::int, sum(d.anonymous)::int
    from unnest(p_activities, p_registered, p_anonymous) as d(activity_id, registered, anonymous)
    join activity a on a.id = d.activity_id
   group by a.project_code, a.held_on
  on conflict (project_code, day) do update
    set registered = attendance_daily.registered + excluded.registered,
        anonymous = attendance_daily.anonymous + excluded.anonymous;
  delete from attendance_daily s
   using (select distinct a.project_code, a.held_on from activity a where a.id = any(p_activities)) k
   where s.project_code = k.project_code and s.day = k.held_on and s.registered = 0 and s.anonymous = 0;
end $$;

-- Attendance rows: keep reach and attendance_daily. Their activities are locked FOR SHARE first
-- (rule 2): a concurrent move of the activity either waits for this transaction or is seen.
create or replace function attendance_summaries() returns trigger language plpgsql as $$
declare
  activities uuid[]; registered integer[]; anonymous integer[];
  projects text[]; people uuid[]; days date[];
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    perform lock_activities(array(select distinct activity_id from new_rows));
    select array_agg(activity_id), array_agg(r), array_agg(h) into activities, registered, anonymous
      from (select activity_id, count(person_id)::int as r, coalesce(sum(anonymous_headcount), 0)::int as h
              from new_rows group by activity_id) d;
    select array_agg(a.project_code), array_agg(n.person_id), array_agg(a.held_on) into projects, people, days
      from new_rows n join activity a on a.id = n.activity_id
     where n.person_id is not null;
    if projects is not null then perform reach_add(projects, people, days); end if;
  elsif tg_op = 'DELETE' then
    perform lock_activities(array(select distinct activity_id from old_rows));
    select array_agg(activity_id), array_agg(r), array_agg(h) into activities, registered, anonymous
      from (select activity_id, -count(person_id)::int as r, -coalesce(sum(anonymous_headcount), 0)::int as h
              from old_rows group by activity_id) d;
    select array_agg(a.project_code), array_agg(o.person_id) into projects, people
      from old_rows o join activity a on a.id = o.activity_id
     where o.person_id is not null;
    if projects is not null then perform refresh_reach(projects, people); end if;
  else
    perform lock_activities(array(select activity_id from old_rows union select activity_id from new_rows));
    select array_agg(activity_id), array_agg(r), array_agg(h) into activities, registered, anonymous
      from (select activity_id, sum(r)::int as r, sum(h)::int as h from (
              select activity_id, -count(person_id) as r, -coalesce(sum(anonymous_headcount), 0) as h from old_rows group by activity_id
              union all
              select activity_id, count(person_id), coalesce(sum(anonymous_headcount), 0) from new_rows group by activity_id) u
             group by activity_id) d;
    select array_agg(a.project_code), array_agg(c.person_id) into projects, people
      from (select activity_id, person_id from old_rows union all select activity_id, person_id from new_rows) c
      join activity a on a.id = c.activity_id
     where c.person_id is not null;
    if projects is not null then perform refresh_reach(projects, people); end if;
  end if;
  if activities is not null then perform attendance_daily_apply(activities, registered, anonymous); end if;
  return null;
end $$;

-- Activity rows: an activity moved to another day or project moves its attendances with it. The
-- activities are locked by this UPDATE; a concurrent attendance waits in attendance_summaries()
-- or is seen here. attendance_daily takes the attendances away from the old day and adds them
-- on the new one; reach is recomputed for the pairs before and after the move. Only the
-- activities whose project or day changed count (an activity's id never changes:
-- summaries_closure.sql).
create or replace function activity_summaries() returns trigger language plpgsql as $$
declare projects text[]; people uuid[]; days date[];
begin
  perform summaries_writing();
  select array_agg(m.project_code), array_agg(m.held_on) into projects, days
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values (o.project_code, o.held_on), (n.project_code, n.held_on)) as m(project_code, held_on)
   where (o.project_code, o.held_on) is distinct from (n.project_code, n.held_on);
  if projects is null then return null; end if;

  insert into attendance_daily (project_code, day, registered, anonymous)
  select project_code, day, sum(r)::int, sum(h)::int from (
    select o.project_code, o.held_on as day, -count(t.person_id) as r, -coalesce(sum(t.anonymous_headcount), 0) as h
      from old_rows o join new_rows n on n.id = o.id join attendance t on t.activity_id = o.id
     where (o.project_code, o.held_on) is distinct from (n.project_code, n.held_on) group by 1, 2
    union all
    select n.project_code, n.held_on, count(t.person_id), coalesce(sum(t.anonymous_headcount), 0)
      from old_rows o join new_rows n on n.id = o.id join attendance t on t.activity_id = n.id
     where (o.project_code, o.held_on) is distinct from (n.project_code, n.held_on) group by 1, 2) d
   group by project_code, day
  on conflict (project_code, day) do update
    set registered = attendance_daily.registered + excluded.registered,
        anonymous = attendance_daily.anonymous + excluded.anonymous;
  delete from attendance_daily s
   using (select distinct * from unnest(projects, days) as u(project_code, day)) k
   where s.project_code = k.project_code and s.day = k.day and s.registered = 0 and s.anonymous = 0;

  select array_agg(m.project_code), array_agg(t.person_id) into projects, people
    from old_rows o join new_rows n on n.id = o.id
    join attendance t on t.activity_id = n.id
    cross join lateral (values (o.project_code), (n.project_code)) as m(project_code)
   where (o.project_code, o.held_on) is distinct from (n.project_code, n.held_on) and t.person_id is not null;
  if projects is not null then perform refresh_reach(projects, people); end if;
  return null;
end $$;

-- No longer used: attendance_daily takes deltas (attendance_daily_apply).
drop function if exists refresh_attendance_daily(text[], date[]);

-- Repayment and withholding rows: their enrolments are locked FOR SHARE first (rule 2), so the
-- project each amount counts under is the one the enrolment has when this transaction commits.
create or replace function ledger_summaries() returns trigger language plpgsql as $$
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    perform lock_enrolments(array(select distinct enrolment_id from new_rows));
  elsif tg_op = 'DELETE' then
    perform lock_enrolments(array(select distinct enrolment_id from old_rows));
  else
    perform lock_enrolments(array(select enrolment_id from old_rows union select enrolment_id from new_rows));
  end if;
  if tg_table_name = 'repayment' then
    if tg_op in ('UPDATE', 'DELETE') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, r.paid_on, -sum(r.amount_cents), 0 from old_rows r join enrolment e on e.id = r.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set repaid_cents = ledger_daily.repaid_cents + excluded.repaid_cents;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, r.paid_on, sum(r.amount_cents), 0 from new_rows r join enrolment e on e.id = r.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set repaid_cents = ledger_daily.repaid_cents + excluded.repaid_cents;
    end if;
  else
    if tg_op in ('UPDATE', 'DELETE') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, w.withheld_on, 0, -sum(w.amount_cents) from old_rows w join enrolment e on e.id = w.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set withheld_cents = ledger_daily.withheld_cents + excluded.withheld_cents;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, w.withheld_on, 0, sum(w.amount_cents) from new_rows w join enrolment e on e.id = w.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set withheld_cents = ledger_daily.withheld_cents + excluded.withheld_cents;
    end if;
  end if;
  return null;
end $$;

-- Follow-up rows: the results that depend on the follow-up (CR06, CR07). Their enrolments are
-- locked FOR SHARE first (rule 2): an exit corrected at the same time either waits for this
-- transaction (and esf_from_enrolments() then sees the follow-up) or is read here corrected.
create or replace function esf_from_follow_ups() returns trigger language plpgsql as $$
begin
  perform summaries_writing();
  if tg_op = 'INSERT' then
    perform lock_enrolments(array(select distinct enrolment_id from new_rows));
  elsif tg_op = 'DELETE' then
    perform lock_enrolments(array(select distinct enrolment_id from old_rows));
  else
    perform lock_enrolments(array(select enrolment_id from old_rows union select enrolment_id from new_rows));
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into esf_daily (project_code, day, sex, code, participants)
    select e.project_code, x.day, e.sex, x.code, -count(*)
      from old_rows f join enrolment e on e.id = f.enrolment_id cross join lateral esf_result_events(e, f::follow_up) x
     where x.code in ('CR06', 'CR07') group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into esf_daily (project_code, day, sex, code, participants)
    select e.project_code, x.day, e.sex, x.code, count(*)
      from new_rows f join enrolment e on e.id = f.enrolment_id cross join lateral esf_result_events(e, f::follow_up) x
     where x.code in ('CR06', 'CR07') group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  return null;
end $$;

-- Enrolment rows: enrolment_daily and exit_daily (enrolment_daily.sql), deltas of the rows
-- themselves, which the writing statement has locked; only rule 4 is new.
create or replace function enrolment_summaries() returns trigger language plpgsql as $$
begin
  perform summaries_writing();
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
  if tg_op in ('UPDATE', 'DELETE') then
    insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
    select project_code, selected_on, sex, -count(*), -sum(arrears_cents) from old_rows group by 1, 2, 3
    on conflict (project_code, day, sex) do update
      set enrolled = enrolment_daily.enrolled + excluded.enrolled, arrears_cents = enrolment_daily.arrears_cents + excluded.arrears_cents;
    insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
    select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), -count(*)
      from old_rows where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5
    on conflict (project_code, day, sex, outcome, contract_key) do update set exits = exit_daily.exits + excluded.exits;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
    select project_code, selected_on, sex, count(*), sum(arrears_cents) from new_rows group by 1, 2, 3
    on conflict (project_code, day, sex) do update
      set enrolled = enrolment_daily.enrolled + excluded.enrolled, arrears_cents = enrolment_daily.arrears_cents + excluded.arrears_cents;
    insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
    select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), count(*)
      from new_rows where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5
    on conflict (project_code, day, sex, outcome, contract_key) do update set exits = exit_daily.exits + excluded.exits;
  end if;
  return null;
end $$;

-- Enrolment rows: their ESF outputs and results (esf.sql), deltas of the rows themselves with
-- their follow-ups (a follow-up written at the same time waits in esf_from_follow_ups() for this
-- transaction, rule 2); only rule 4 is new.
create or replace function esf_from_enrolments() returns trigger language plpgsql as $$
begin
  perform summaries_writing();
  if tg_op in ('UPDATE', 'DELETE') then
    insert into esf_daily (project_code, day, sex, code, participants)
    select project_code, day, sex, code, -count(*) from (
      select r.project_code, r.selected_on as day, r.sex, c.code
        from old_rows r cross join unnest(esf_output_codes(r::enrolment)) as c(code)
      union all
      select r.project_code, x.day, r.sex, x.code
        from old_rows r left join follow_up f on f.enrolment_id = r.id cross join lateral esf_result_events(r::enrolment, f) x
    ) events group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into esf_daily (project_code, day, sex, code, participants)
    select project_code, day, sex, code, count(*) from (
      select r.project_code, r.selected_on as day, r.sex, c.code
        from new_rows r cross join unnest(esf_output_codes(r::enrolment)) as c(code)
      union all
      select r.project_code, x.day, r.sex, x.code
        from new_rows r left join follow_up f on f.enrolment_id = r.id cross join lateral esf_result_events(r::enrolment, f) x
    ) events group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  return null;
end $$;
