-- Reverts Migration20261126110000_summaries: drops the TRUNCATE and key triggers, the
-- recomputation and rebuild functions and the lock helpers, and restores the trigger functions
-- as reach.sql, attendance_daily.sql, enrolment_daily.sql, ledger_daily.sql and esf.sql define
-- them (copied here unchanged). The comments go back with summary_comments.sql.

drop trigger if exists "attendance_summaries_truncate" on "attendance";
drop trigger if exists "enrolment_summaries_truncate" on "enrolment";
drop trigger if exists "follow_up_summaries_truncate" on "follow_up";
drop trigger if exists "repayment_summaries_truncate" on "repayment";
drop trigger if exists "withholding_summaries_truncate" on "withholding";
drop trigger if exists "reach_summaries_truncate" on "reach";
drop trigger if exists "project_code_unchanged" on "project";
drop trigger if exists "person_id_unchanged" on "person";
drop trigger if exists "activity_id_unchanged" on "activity";
drop trigger if exists "enrolment_id_unchanged" on "enrolment";
drop function if exists attendance_truncated(), enrolment_truncated(), follow_up_truncated(), ledger_truncated(),
  reach_truncated(), refuse_key_change();
drop function if exists rebuild_summaries(), rebuild_reach(), rebuild_reach_daily(), rebuild_attendance_daily(),
  rebuild_enrolment_daily(), rebuild_exit_daily(), rebuild_ledger_daily(), rebuild_esf_daily();
drop function if exists reach_recomputed(), reach_daily_recomputed(), attendance_daily_recomputed(),
  enrolment_daily_recomputed(), exit_daily_recomputed(), ledger_daily_recomputed(), esf_daily_recomputed();

create or replace function refresh_reach(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
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

create or replace function enrolment_reach() returns trigger language plpgsql as $$
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

create or replace function refresh_attendance_daily(p_projects text[], p_days date[]) returns void language plpgsql as $$
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

create or replace function attendance_summaries() returns trigger language plpgsql as $$
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

create or replace function activity_summaries() returns trigger language plpgsql as $$
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

create or replace function ledger_summaries() returns trigger language plpgsql as $$
begin
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

create or replace function esf_from_follow_ups() returns trigger language plpgsql as $$
begin
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

create or replace function enrolment_summaries() returns trigger language plpgsql as $$
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

create or replace function esf_from_enrolments() returns trigger language plpgsql as $$
begin
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

drop function if exists summaries_writing(), summaries_rebuilding(), reach_add(text[], uuid[], date[]), attendance_daily_apply(uuid[], integer[], integer[]),
  lock_reach_keys(text[], uuid[]), lock_activities(uuid[]), lock_enrolments(uuid[]);
