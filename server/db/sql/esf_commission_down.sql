-- Reverts esf_commission.sql: the definitions of esf.sql and enrolment_entry.sql again (age from
-- the birth year, CR06/CR07 from any follow-up after the exit, CR07 for every participant), without
-- the birth date and the age at entry; esf_daily rebuilt under them.

drop trigger "enrolment_entry_snapshot" on "enrolment";
create or replace function enrolment_entry_snapshot() returns trigger language plpgsql as $$
begin
  select p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
         p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion
    into new.sex, new.birth_year, new.entry_labour_status, new.entry_education, new.entry_jobless_household,
         new.entry_jobless_household_with_children, new.entry_single_adult_with_children, new.entry_migrant_or_minority,
         new.entry_disability, new.entry_other_disadvantaged, new.entry_housing_exclusion
    from person p where p.id = new.person_id;
  return new;
end $$;
create trigger "enrolment_entry_snapshot" before insert or update of "person_id" on "enrolment"
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
    case when complete and age < 25 then 'CO06' end,
    case when complete and age > 54 then 'CO07' end,
    case when complete and age > 54
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
  from (select e.entry_education is not null as complete,
               extract(year from e.selected_on)::int - e.birth_year as age) x
$$;

-- The result indicators an enrolment (with its follow-up, or a null one) counts in, each with
-- the day it counts from.
create or replace function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
  select 'CR03', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.qualification_on_exit
  union all
  select 'CR04', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.outcome = 'EMPLOYED'
  union all
  select 'CR06', greatest(e.exited_on, f.observed_on)
   where f.id is not null and e.exited_on is not null and e.entry_education is not null and f.employed
  union all
  select 'CR07', greatest(e.exited_on, f.observed_on)
   where f.id is not null and e.exited_on is not null and e.entry_education is not null and f.improved_situation
$$;

drop function age_on(date, integer, date);
drop function follow_up_in_window(date, date);
alter table "enrolment" drop column "entry_age";
alter table "person" drop constraint "person_birth_date_in_birth_year";
alter table "person" drop column "birth_date";

select summaries_rebuilding();
select rebuild_esf_daily();
