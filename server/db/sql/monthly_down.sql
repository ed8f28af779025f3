-- Undoes monthly.sql: rebuild_summaries() and the TRUNCATE triggers as reach_programme.sql and
-- summaries_closure.sql left them, then the tables and their functions.
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, attendance_daily, enrolment_daily, exit_daily,
    ledger_daily, esf_daily, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, enrolment_daily, exit_daily, esf_daily,
    participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  perform rebuild_participation();
  return null;
end $$;

create or replace function follow_up_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  perform rebuild_esf_daily();
  return null;
end $$;

drop trigger "exit_monthly_insert" on "exit_daily";
drop trigger "exit_monthly_update" on "exit_daily";
drop trigger "exit_monthly_delete" on "exit_daily";
drop function exit_monthly_apply();
drop function rebuild_exit_monthly();
drop function exit_monthly_recomputed();
drop index "exit_daily_day_index";
drop table "exit_monthly";
drop trigger "esf_monthly_insert" on "esf_daily";
drop trigger "esf_monthly_update" on "esf_daily";
drop trigger "esf_monthly_delete" on "esf_daily";
drop function esf_monthly_apply();
drop function rebuild_esf_monthly();
drop function esf_monthly_recomputed();
drop index "esf_daily_day_index";
drop table "esf_monthly";
