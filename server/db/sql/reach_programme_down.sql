-- Undoes reach_programme.sql: rebuild_summaries() and the TRUNCATE triggers as re_entry.sql and
-- summaries_closure.sql left them, the reach locks per (project, person) key again, then the
-- tables and their functions.
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily, enrolment_daily, exit_daily, ledger_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
end $$;

create or replace function attendance_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  return null;
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, enrolment_daily, exit_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
  return null;
end $$;

create or replace function reach_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  return null;
end $$;

create or replace function lock_reach_keys(p_projects text[], p_people uuid[]) returns void language plpgsql as $$
declare k integer;
begin
  for k in
    select distinct hashtext(u.project_code || '/' || u.person_id::text) & 255
      from unnest(p_projects, p_people) as u(project_code, person_id)
     order by 1
  loop
    perform pg_advisory_xact_lock(hashtext('quartieri.reach'), k);
  end loop;
end $$;

drop trigger "reach_programme_insert" on "reach";
drop trigger "reach_programme_update" on "reach";
drop trigger "reach_programme_delete" on "reach";
drop function reach_programme_apply();
drop function reach_programme_refresh(uuid[]);
drop function rebuild_reach_programme();
drop function reach_programme_daily_recomputed();
drop function reach_programme_recomputed();
drop index "reach_person_id_first_on_index";
drop table "reach_programme_daily";
drop table "reach_programme";
