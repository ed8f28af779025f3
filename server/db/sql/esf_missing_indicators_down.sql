-- Reverts esf_missing_indicators.sql: the definitions of esf_commission.sql again (no CO19,
-- CR01, CR02, CR05, CR08, CR09), esf_from_follow_ups() as in summaries_concurrency.sql, without
-- the columns the new indicators read; esf_daily rebuilt under them.

create or replace function enrolment_entry_snapshot() returns trigger language plpgsql as $$
declare
  born_on date;
  copy boolean := tg_op = 'INSERT';
begin
  if not copy then
    copy := new.person_id is distinct from old.person_id;
  end if;
  if copy then
    select p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
           p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion, p.birth_date
      into new.sex, new.birth_year, new.entry_labour_status, new.entry_education, new.entry_jobless_household,
           new.entry_jobless_household_with_children, new.entry_single_adult_with_children, new.entry_migrant_or_minority,
           new.entry_disability, new.entry_other_disadvantaged, new.entry_housing_exclusion, born_on
      from person p where p.id = new.person_id;
  else
    select p.birth_date into born_on from person p where p.id = new.person_id;
  end if;
  new.entry_age := age_on(born_on, new.birth_year, new.selected_on);
  return new;
end $$;

drop trigger "enrolment_entry_snapshot" on "enrolment";
create trigger "enrolment_entry_snapshot" before insert or update of "person_id", "selected_on" on "enrolment"
  for each row execute function enrolment_entry_snapshot();

create or replace function esf_output_codes(e enrolment) returns text[] language sql immutable as $$
  select array_remove(array[
    'PARTICIPANTS',
    case when e.entry_education is null then 'INCOMPLETE' end,
    case when complete and e.entry_labour_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED') then 'CO01' end,
    case when complete and e.entry_labour_status = 'LONG_TERM_UNEMPLOYED' then 'CO02' end,
    case when complete and e.entry_labour_status in ('INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION') then 'CO03' end,
    case when complete and e.entry_labour_status = 'INACTIVE_NOT_IN_EDUCATION' then 'CO04' end,
    case when complete and e.entry_labour_status = 'EMPLOYED' then 'CO05' end,
    case when complete and e.entry_age < 25 then 'CO06' end,
    case when complete and e.entry_age > 54 then 'CO07' end,
    case when complete and e.entry_age > 54
              and e.entry_labour_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE_NOT_IN_EDUCATION') then 'CO08' end,
    case when complete and e.entry_education in ('ISCED_1', 'ISCED_2') then 'CO09' end,
    case when complete and e.entry_education in ('ISCED_3', 'ISCED_4') then 'CO10' end,
    case when complete and e.entry_education in ('ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8') then 'CO11' end,
    case when complete and e.entry_jobless_household then 'CO12' end,
    case when complete and e.entry_jobless_household_with_children then 'CO13' end,
    case when complete and e.entry_single_adult_with_children then 'CO14' end,
    case when complete and e.entry_migrant_or_minority then 'CO15' end,
    case when complete and e.entry_disability then 'CO16' end,
    case when complete and e.entry_other_disadvantaged then 'CO17' end,
    case when complete and e.entry_housing_exclusion then 'CO18' end
  ], null)
  from (select e.entry_education is not null as complete) x
$$;

create or replace function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
  select 'CR03', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.qualification_on_exit
  union all
  select 'CR04', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.outcome = 'EMPLOYED'
  union all
  select 'CR06', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and f.employed
  union all
  select 'CR07', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and e.entry_labour_status = 'EMPLOYED' and f.improved_situation
$$;

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

drop function esf_disadvantaged(enrolment);
alter table "enrolment" drop column "entry_degree_of_urbanisation";
alter table "enrolment" drop column "job_searching_on_exit";
alter table "enrolment" drop column "in_education_or_training_on_exit";
alter table "project" drop constraint "project_degree_of_urbanisation_check";
alter table "project" drop column "degree_of_urbanisation";
alter table "project" drop column "degree_of_urbanisation_source";

select summaries_rebuilding();
select rebuild_esf_daily();
