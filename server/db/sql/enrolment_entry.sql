-- The participant at entry, on the enrolment itself (the ESF describes the situation on entering
-- the operation): copied from the person when the enrolment is inserted or moved to another
-- person, by the row trigger enrolment_entry_snapshot. Existing enrolments take their person's
-- current situation. enrolment_daily, exit_daily and esf_daily read these columns.
-- esf_commission.sql replaces the function and the trigger: they also set entry_age, the age at
-- entry, again when the selection day is corrected.

alter table "enrolment"
  add column "sex" "sex" null,
  add column "birth_year" smallint null,
  add column "entry_labour_status" "labour_status" null,
  add column "entry_education" "education_level" null,
  add column "entry_jobless_household" boolean null,
  add column "entry_jobless_household_with_children" boolean null,
  add column "entry_single_adult_with_children" boolean null,
  add column "entry_migrant_or_minority" boolean null,
  add column "entry_disability" boolean null,
  add column "entry_other_disadvantaged" boolean null,
  add column "entry_housing_exclusion" boolean null;

create function enrolment_entry_snapshot() returns trigger language plpgsql as $$
begin
  select p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
         p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion
    into new.sex, new.birth_year, new.entry_labour_status, new.entry_education, new.entry_jobless_household,
         new.entry_jobless_household_with_children, new.entry_single_adult_with_children, new.entry_migrant_or_minority,
         new.entry_disability, new.entry_other_disadvantaged, new.entry_housing_exclusion
    from person p where p.id = new.person_id;
  return new;
end $$;

update "enrolment" e set
  "sex" = p."sex",
  "birth_year" = p."birth_year",
  "entry_labour_status" = p."labour_status",
  "entry_education" = p."education",
  "entry_jobless_household" = p."jobless_household",
  "entry_jobless_household_with_children" = p."jobless_household_with_children",
  "entry_single_adult_with_children" = p."single_adult_with_children",
  "entry_migrant_or_minority" = p."migrant_or_minority",
  "entry_disability" = p."disability",
  "entry_other_disadvantaged" = p."other_disadvantaged",
  "entry_housing_exclusion" = p."housing_exclusion"
  from "person" p
 where p."id" = e."person_id";

alter table "enrolment"
  alter column "sex" set not null,
  alter column "birth_year" set not null,
  alter column "entry_labour_status" set not null;

create trigger "enrolment_entry_snapshot" before insert or update of "person_id" on "enrolment"
  for each row execute function enrolment_entry_snapshot();
