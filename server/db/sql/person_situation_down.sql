-- Undoes person_situation.sql: the snapshot function of esf_missing_indicators.sql, and the table.
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
  if tg_op = 'INSERT' or new.project_code is distinct from old.project_code then
    select p.degree_of_urbanisation into new.entry_degree_of_urbanisation from project p where p.code = new.project_code;
  end if;
  new.entry_age := age_on(born_on, new.birth_year, new.selected_on);
  return new;
end $$;

drop table "person_situation";
