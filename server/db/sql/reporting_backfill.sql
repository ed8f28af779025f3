-- The summaries of whatever was recorded before the reporting migration, computed in full once.
-- Runs after every summary trigger exists: reach_daily fills itself from the rows inserted into
-- reach.

insert into reach (project_code, person_id, first_on)
select project_code, person_id, min(on_date) from (
  select a.project_code, t.person_id, a.held_on as on_date from attendance t join activity a on a.id = t.activity_id where t.person_id is not null
  union all
  select project_code, person_id, selected_on from enrolment) x
group by project_code, person_id;

insert into attendance_daily (project_code, day, registered, anonymous)
select a.project_code, a.held_on, count(t.person_id), coalesce(sum(t.anonymous_headcount), 0)
  from attendance t join activity a on a.id = t.activity_id group by a.project_code, a.held_on;

insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
select project_code, selected_on, sex, count(*), sum(arrears_cents) from enrolment group by 1, 2, 3;

insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), count(*)
  from enrolment where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5;

insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
select project_code, day, sum(repaid), sum(withheld) from (
  select e.project_code, r.paid_on as day, r.amount_cents as repaid, 0 as withheld from repayment r join enrolment e on e.id = r.enrolment_id
  union all
  select e.project_code, w.withheld_on, 0, w.amount_cents from withholding w join enrolment e on e.id = w.enrolment_id) x
group by 1, 2;

insert into esf_daily (project_code, day, sex, code, participants)
select project_code, day, sex, code, count(*) from (
  select e.project_code, e.selected_on as day, e.sex, c.code from enrolment e cross join unnest(esf_output_codes(e)) as c(code)
  union all
  select e.project_code, r.day, e.sex, r.code from enrolment e left join follow_up f on f.enrolment_id = e.id
    cross join lateral esf_result_events(e, f) r) x
group by 1, 2, 3, 4;
