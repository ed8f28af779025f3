-- The participant's situation at entry, per enrolment (issue #13): a person's situation (labour
-- status, education, household, disadvantages) can be declared again with the day it takes effect,
-- and an enrolment records the situation in effect on its day of selection.
--
-- person_situation   one row per declaration after registration: the situation from effective_on
--                    on. The person's own columns stay the situation declared at registration,
--                    which applies before the first declaration.
-- enrolment_entry_snapshot()  (replacing esf_missing_indicators.sql's, whose trigger fires on
--                    insert and on a change of person, project or day of selection) copies, on
--                    insert and whenever the person or the day of selection changes, the situation in effect on selected_on: the latest declaration on or
--                    before that day (the latest recorded, for two on one day: refused by the
--                    unique key), else the registration's. A declaration does not change existing
--                    enrolments: their situation at entry was recorded when they were made
--                    (docs/data-entry.md); a correction of the selection day takes the new day's.

create table "person_situation" (
  "id" uuid not null default gen_random_uuid(),
  "person_id" uuid not null,
  "effective_on" date not null,
  "labour_status" "labour_status" not null,
  "education" "education_level" null,
  "jobless_household" boolean null,
  "jobless_household_with_children" boolean null,
  "single_adult_with_children" boolean null,
  "migrant_or_minority" boolean null,
  "disability" boolean null,
  "other_disadvantaged" boolean null,
  "housing_exclusion" boolean null,
  "created_at" timestamptz not null default now(),
  constraint "person_situation_pkey" primary key ("id"),
  constraint "person_situation_one_per_day" unique ("person_id", "effective_on"),
  constraint "person_situation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade
);

create or replace function enrolment_entry_snapshot() returns trigger language plpgsql as $$
declare
  born_on date;
  copy boolean := tg_op = 'INSERT';
  declared person_situation%rowtype;
begin
  if not copy then
    copy := new.person_id is distinct from old.person_id or new.selected_on is distinct from old.selected_on;
  end if;
  if copy then
    select p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
           p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion, p.birth_date
      into new.sex, new.birth_year, new.entry_labour_status, new.entry_education, new.entry_jobless_household,
           new.entry_jobless_household_with_children, new.entry_single_adult_with_children, new.entry_migrant_or_minority,
           new.entry_disability, new.entry_other_disadvantaged, new.entry_housing_exclusion, born_on
      from person p where p.id = new.person_id;
    select * into declared from person_situation s
     where s.person_id = new.person_id and s.effective_on <= new.selected_on
     order by s.effective_on desc limit 1;
    if found then
      new.entry_labour_status := declared.labour_status;
      new.entry_education := declared.education;
      new.entry_jobless_household := declared.jobless_household;
      new.entry_jobless_household_with_children := declared.jobless_household_with_children;
      new.entry_single_adult_with_children := declared.single_adult_with_children;
      new.entry_migrant_or_minority := declared.migrant_or_minority;
      new.entry_disability := declared.disability;
      new.entry_other_disadvantaged := declared.other_disadvantaged;
      new.entry_housing_exclusion := declared.housing_exclusion;
    end if;
  else
    select p.birth_date into born_on from person p where p.id = new.person_id;
  end if;
  -- The project's degree of urbanisation (CO19), as esf_missing_indicators.sql does.
  if tg_op = 'INSERT' or new.project_code is distinct from old.project_code then
    select p.degree_of_urbanisation into new.entry_degree_of_urbanisation from project p where p.code = new.project_code;
  end if;
  new.entry_age := age_on(born_on, new.birth_year, new.selected_on);
  return new;
end $$;
