-- The ESF indicators the hub did not compute (issue #13 item 4, Migration20261126150000_esf_missing_indicators):
-- CR01, CR02 and CR05 upon leaving, CR08 and CR09 six months after leaving, CO19 (rural areas).
-- docs/indicators.md states the same definitions in words, with their sources and this hub's
-- deviations. The re-entry rule is applied over them when the indicators are read: re_entry.sql.
--
-- project.degree_of_urbanisation         the degree of urbanisation (Eurostat DEGURBA) of the
-- project.degree_of_urbanisation_source  project's municipality: 1 cities, 2 towns and suburbs,
--                                        3 rural areas (thinly populated); and where it comes from.
--                                        Set below for the eight projects of the article (and by
--                                        seeds/seed-article.ts in a new database).
-- enrolment.entry_degree_of_urbanisation the project's degree when the participant entered:
--                                        copied by enrolment_entry_snapshot() on insert and when
--                                        the enrolment moves to another project. CO19 reads it.
-- enrolment.job_searching_on_exit        upon leaving (recordExit, correctEnrolment): engaged in
-- enrolment.in_education_or_training_on_exit  job searching; in education or training. Null = not
--                                        recorded. CR01, CR02, CR05 read them.
-- esf_output_codes()     adds CO19: a complete record whose degree at entry is 3.
-- esf_result_events()    adds CR01, CR02, CR05 on the exit day and CR08, CR09 on the day of the
--                        follow-up observed in the six-month window (follow_up_in_window).
-- esf_from_follow_ups()  takes CR08 and CR09 with CR06 and CR07 (the results a follow-up moves).
--
-- "Disadvantaged" (CR05, CR09) is this hub's definition: at entry a migrant, a participant with a
-- foreign background or a minority (CO15), with a disability (CO16), other disadvantaged (CO17),
-- or homeless or affected by housing exclusion (CO18): esf_disadvantaged().
--
-- The summary triggers (esf.sql, summaries_concurrency.sql) and the recomputation
-- (summaries_closure.sql) call these functions; esf_daily is rebuilt at the end.

alter table "project" add column "degree_of_urbanisation" smallint null;
alter table "project" add column "degree_of_urbanisation_source" text null;
alter table "project" add constraint "project_degree_of_urbanisation_check"
  check (degree_of_urbanisation >= 1 and degree_of_urbanisation <= 3);

-- The eight municipalities of the article, all in the Metropolitan City of Milan: none is rural.
update "project" p set
  "degree_of_urbanisation" = d.degree,
  "degree_of_urbanisation_source" = 'ISTAT, classificazioni statistiche dei comuni: grado di urbanizzazione (Eurostat DEGURBA, LAU)'
  from (values ('Milano', 1), ('Sesto San Giovanni', 1), ('Cinisello Balsamo', 1), ('Cormano', 1),
               ('Rho', 2), ('Garbagnate Milanese', 2), ('Pieve Emanuele', 2)) as d(municipality, degree)
 where p."municipality" = d.municipality;

alter table "enrolment" add column "entry_degree_of_urbanisation" smallint null;
alter table "enrolment" add column "job_searching_on_exit" boolean null;
alter table "enrolment" add column "in_education_or_training_on_exit" boolean null;
update "enrolment" e set "entry_degree_of_urbanisation" = p."degree_of_urbanisation" from "project" p where p."code" = e."project_code";

-- The participant at entry: as in esf_commission.sql, and the project's degree of urbanisation
-- on insert and on a move to another project.
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
  if tg_op = 'INSERT' then
    select p.degree_of_urbanisation into new.entry_degree_of_urbanisation from project p where p.code = new.project_code;
  elsif new.project_code is distinct from old.project_code then
    select p.degree_of_urbanisation into new.entry_degree_of_urbanisation from project p where p.code = new.project_code;
  end if;
  new.entry_age := age_on(born_on, new.birth_year, new.selected_on);
  return new;
end $$;

drop trigger "enrolment_entry_snapshot" on "enrolment";
create trigger "enrolment_entry_snapshot" before insert or update of "person_id", "project_code", "selected_on" on "enrolment"
  for each row execute function enrolment_entry_snapshot();

-- Disadvantaged at entry, for CR05 and CR09: CO15, CO16, CO17 or CO18.
create function esf_disadvantaged(e enrolment) returns boolean language sql immutable as $$
  select coalesce(e.entry_migrant_or_minority, false) or coalesce(e.entry_disability, false)
      or coalesce(e.entry_other_disadvantaged, false) or coalesce(e.entry_housing_exclusion, false)
$$;

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
    case when complete and e.entry_housing_exclusion then 'CO18' end,
    case when complete and e.entry_degree_of_urbanisation = 3 then 'CO19' end
  ], null)
  from (select e.entry_education is not null as complete) x
$$;

-- The result indicators an enrolment (with its follow-up, or a null one) counts in, each with
-- the day it counts from: upon leaving (CR01-CR05) on the exit day, six months after leaving
-- (CR06-CR09) on the day the follow-up observed it, which the window puts after the exit.
create or replace function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
  select 'CR01', e.exited_on where e.exited_on is not null and e.entry_education is not null
     and e.entry_labour_status in ('INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION') and e.job_searching_on_exit
  union all
  select 'CR02', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.in_education_or_training_on_exit
  union all
  select 'CR03', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.qualification_on_exit
  union all
  select 'CR04', e.exited_on where e.exited_on is not null and e.entry_education is not null and e.outcome = 'EMPLOYED'
  union all
  select 'CR05', e.exited_on where e.exited_on is not null and e.entry_education is not null and esf_disadvantaged(e)
     and (e.job_searching_on_exit or e.in_education_or_training_on_exit or e.qualification_on_exit or e.outcome = 'EMPLOYED')
  union all
  select 'CR06', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and f.employed
  union all
  select 'CR07', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and e.entry_labour_status = 'EMPLOYED' and f.improved_situation
  union all
  select 'CR08', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and e.entry_age > 54 and f.employed
  union all
  select 'CR09', f.observed_on
   where f.id is not null and e.exited_on is not null and e.entry_education is not null
     and follow_up_in_window(e.exited_on, f.observed_on) and esf_disadvantaged(e) and f.employed
$$;

-- Follow-up rows: the results that depend on the follow-up (CR06-CR09), as in
-- summaries_concurrency.sql (the enrolments locked FOR SHARE first, rule 2).
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
     where x.code in ('CR06', 'CR07', 'CR08', 'CR09') group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into esf_daily (project_code, day, sex, code, participants)
    select e.project_code, x.day, e.sex, x.code, count(*)
      from new_rows f join enrolment e on e.id = f.enrolment_id cross join lateral esf_result_events(e, f::follow_up) x
     where x.code in ('CR06', 'CR07', 'CR08', 'CR09') group by 1, 2, 3, 4
    on conflict (project_code, day, sex, code) do update set participants = esf_daily.participants + excluded.participants;
  end if;
  return null;
end $$;

-- Every figure under the new definitions (rule 4 of summaries_concurrency.sql: writers wait).
select summaries_rebuilding();
select rebuild_esf_daily();
