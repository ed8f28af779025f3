/**
 * The SQL functions PostGraphile on the base tables ("P") gets where its filters cannot express a
 * question, in a schema of their own (`peer`), created by the benchmark in its database:
 * - people reached as of a day, each person counted once however many projects reached them
 *   (a distinct count over the union of attendances and enrolments);
 * - the ESF table as of a day, from the enrolments and follow-ups through the hub's own indicator
 *   definitions (esf_output_codes, esf_result_events) and its re-entry rule
 *   (esf_re_entry_corrections), none of which a generic filter can express.
 * - people reached per project, and per project and month of their first day (the dashboard's
 *   reach panels), distinct counts again.
 * Funding needs none: PostGraphile's filters and aggregates express it on the base tables.
 */
export const PEER_SCHEMA_SQL = `
create schema if not exists peer;
drop type if exists peer.esf_cell cascade;
create type peer.esf_cell as (code text, sex text, participants integer);

create or replace function peer.people_reached(as_of date) returns integer language sql stable as $$
  select count(distinct x.person_id)::int from (
    select t.person_id from attendance t join activity a on a.id = t.activity_id
     where t.person_id is not null and a.held_on <= as_of
    union all
    select e.person_id from enrolment e where e.selected_on <= as_of) x
$$;

drop type if exists peer.project_people cascade;
create type peer.project_people as (project_code text, people integer);
create or replace function peer.project_people_reached(as_of date) returns setof peer.project_people language sql stable as $$
  select x.project_code, count(distinct x.person_id)::int from (
    select a.project_code, t.person_id from attendance t join activity a on a.id = t.activity_id
     where t.person_id is not null and a.held_on <= as_of
    union all
    select e.project_code, e.person_id from enrolment e where e.selected_on <= as_of) x
  group by x.project_code
$$;

drop type if exists peer.project_month_people cascade;
create type peer.project_month_people as (project_code text, month date, people integer);
create or replace function peer.reach_monthly(as_of date) returns setof peer.project_month_people language sql stable as $$
  select f.project_code, date_trunc('month', f.first_on)::date, count(*)::int from (
    select x.project_code, x.person_id, min(x.on_date) as first_on from (
      select a.project_code, t.person_id, a.held_on as on_date from attendance t join activity a on a.id = t.activity_id
       where t.person_id is not null and a.held_on <= as_of
      union all
      select e.project_code, e.person_id, e.selected_on from enrolment e where e.selected_on <= as_of) x
    group by x.project_code, x.person_id) f
  group by 1, 2
$$;

create or replace function peer.esf_indicators(as_of date) returns setof peer.esf_cell language sql stable as $$
  select x.code, x.sex::text, sum(x.n)::int from (
    select c.code, e.sex, 1 as n
      from enrolment e cross join unnest(esf_output_codes(e)) as c(code)
     where e.selected_on <= as_of
    union all
    select r.code, e.sex, 1
      from enrolment e left join follow_up f on f.enrolment_id = e.id cross join lateral esf_result_events(e, f) r
     where r.day <= as_of
    union all
    select c.code, c.sex, c.participants from esf_re_entry_corrections() c where c.day <= as_of) x
  group by x.code, x.sex
  having sum(x.n) <> 0
$$;
`;
