-- The ESF definitions as the Commission gives them (issue #13, Migration20261126140000_esf_commission):
-- the exact age at entry, CR07 only for participants employed at entry, and the six-month
-- results read from a follow-up observed six months after leaving. docs/indicators.md states the
-- same definitions in words, with their sources and this hub's deviations. esf_output_codes(),
-- esf_result_events() and enrolment_entry_snapshot() were replaced again by
-- esf_missing_indicators.sql (CO19, CR01, CR02, CR05, CR08, CR09): read that file for the
-- definitions in force.
--
-- person.birth_date      the birth date: the fiscal code's day and month in the birth year given
--                        (server/domain/person.ts checkedFiscalCode), written by registerPerson
--                        and the participants import. Null for the people registered before it
--                        was kept: only the fiscal code's HMAC is stored, so no migration can
--                        recover it, and their age keeps the year-only rule.
-- enrolment.entry_age    the age at entry in completed years on the day of selection (age_on),
--                        set by enrolment_entry_snapshot() when the enrolment is inserted, moved to
--                        another person or its selection day is corrected. Existing enrolments
--                        take the year difference (their people have no birth date).
-- esf_output_codes()     CO06, CO07 and CO08 read entry_age.
-- esf_result_events()    CR06 and CR07 count a follow-up observed inside follow_up_in_window()
--                        of the exit (a follow-up left outside it by a corrected exit is kept and
--                        not counted); CR07 only for a participant employed at entry.
--
-- The summary triggers (esf.sql, summaries_concurrency.sql) and the recomputation
-- (summaries_closure.sql) call these functions, so they follow without change; esf_daily is
-- rebuilt at the end, every figure under the new definitions.

alter table "person" add column "birth_date" date null;
alter table "person" add constraint "person_birth_date_in_birth_year"
  check (birth_date is null or extract(year from birth_date) = birth_year);

alter table "enrolment" add column "entry_age" smallint null;
update "enrolment" set "entry_age" = extract(year from "selected_on")::int - "birth_year";
alter table "enrolment" alter column "entry_age" set not null;

-- The age on a day in completed years: a birthday on that day counts; born on 29 February, a year
-- older on 1 March of a common year. Without the birth date, the year of the day minus the birth
-- year. The same as ageOn in server/domain/person.ts.
create function age_on(born_on date, born_in integer, on_day date) returns integer language sql immutable as $$
  select case
    when born_on is null then extract(year from on_day)::int - born_in
    else extract(year from on_day)::int - extract(year from born_on)::int
         - case when (extract(month from on_day), extract(day from on_day)) < (extract(month from born_on), extract(day from born_on))
                then 1 else 0 end
  end
$$;

-- A follow-up observed six months after leaving: from four weeks before to four weeks after the
-- day six months after the exit (PostgreSQL clamps to the month's end, as addMonths does), both
-- included. The same as followUpWindow in server/domain/enrolment.ts, which refuses the others.
create function follow_up_in_window(exited_on date, observed_on date) returns boolean language sql immutable as $$
  select observed_on between (exited_on + interval '6 months')::date - 28 and (exited_on + interval '6 months')::date + 28
$$;

-- The participant at entry: on insert and on a move to another person, copied from the person
-- (enrolment_entry.sql); the age at entry from the person's birth date (or the birth year) and
-- the day of selection, again whenever that day is corrected.
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

-- The output indicators an enrolment counts in (with PARTICIPANTS, and INCOMPLETE when the
-- education at entry is unknown: such a participant counts in no other indicator).
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

-- The result indicators an enrolment (with its follow-up, or a null one) counts in, each with
-- the day it counts from: upon leaving (CR03, CR04) on the exit day, six months after leaving
-- (CR06, CR07) on the day the follow-up observed it, which the window puts after the exit.
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

-- Every figure under the new definitions (rule 4 of summaries_concurrency.sql: writers wait).
select summaries_rebuilding();
select rebuild_esf_daily();
