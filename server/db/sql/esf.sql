-- ESF common indicators. What each participant counts in is defined once, here, by two SQL
-- functions over the enrolment (its situation at entry) and its six-month follow-up;
-- docs/indicators.md states the same definitions in words. The two functions below were replaced
-- by esf_commission.sql (Migration20261126140000_esf_commission): the age at entry exact
-- (enrolment.entry_age), CR07 only for participants employed at entry, CR06/CR07 only from a
-- follow-up observed in the six-month window; read that file for the definitions in force.
--
-- esf_daily: participants per project, day, sex and indicator code: outputs on the day of
-- selection, CR03/CR04 on the day of the exit, CR06/CR07 on the later of exit and follow-up
-- (since esf_commission.sql, on the day of the follow-up, which its window puts after the exit).
--
-- Maintained by:
--   enrolment  INSERT / UPDATE / DELETE  esf_from_enrolments()  (this file)
--              reads project_code, selected_on, sex, birth_year (entry_age since
--              esf_commission.sql), the entry_* columns,
--              exited_on, outcome, qualification_on_exit (and the enrolment's follow-up)
--   follow_up  INSERT / UPDATE / DELETE  esf_from_follow_ups()  (this file)
--              reads enrolment_id, observed_on, employed, improved_situation (CR06, CR07)
-- Each statement takes back what its old rows counted and adds what its new rows count.
-- A change to a definition is a new migration that replaces the function and rebuilds esf_daily.
--
-- Concurrency (Migration20261126110000_summaries): both trigger functions are replaced in
-- summaries_concurrency.sql. esf_from_follow_ups() locks the enrolments FOR SHARE before reading
-- their exit, so an exit corrected while a follow-up is recorded either waits for the follow-up
-- (and esf_from_enrolments() then sees it) or is read corrected; esf_from_enrolments() only takes
-- the writers' shared advisory lock in addition. A TRUNCATE of enrolment or follow_up rebuilds
-- esf_daily (summaries_closure.sql).

-- The output indicators an enrolment counts in (with PARTICIPANTS, and INCOMPLETE when the
-- education at entry is unknown: such a participant counts in no other indicator).
create function esf_output_codes(e enrolment) returns text[] language sql immutable as $$
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
create function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
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

create table "esf_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "sex" "sex" not null,
  "code" text not null,
  "participants" integer not null,
  constraint "esf_daily_pkey" primary key ("project_code", "day", "sex", "code")
);

-- Enrolment rows: their outputs, and their results with the follow-up they have.
create function esf_from_enrolments() returns trigger language plpgsql as $$
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

-- Follow-up rows: the results that depend on the follow-up (CR06, CR07).
create function esf_from_follow_ups() returns trigger language plpgsql as $$
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

create trigger "esf_enrolment_insert" after insert on "enrolment"
  referencing new table as new_rows for each statement execute function esf_from_enrolments();
create trigger "esf_enrolment_update" after update on "enrolment"
  referencing old table as old_rows new table as new_rows for each statement execute function esf_from_enrolments();
create trigger "esf_enrolment_delete" after delete on "enrolment"
  referencing old table as old_rows for each statement execute function esf_from_enrolments();

create trigger "esf_follow_up_insert" after insert on "follow_up"
  referencing new table as new_rows for each statement execute function esf_from_follow_ups();
create trigger "esf_follow_up_update" after update on "follow_up"
  referencing old table as old_rows new table as new_rows for each statement execute function esf_from_follow_ups();
create trigger "esf_follow_up_delete" after delete on "follow_up"
  referencing old table as old_rows for each statement execute function esf_from_follow_ups();

-- The reports filter follow-ups by day.
create index "follow_up_observed_on_index" on "follow_up" ("observed_on");
