-- Undoes re_entry.sql: summaries_closure.sql's rebuild_summaries() and enrolment_truncated()
-- without participation, then the table and its functions.
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, attendance_daily, enrolment_daily, exit_daily, ledger_daily, esf_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, enrolment_daily, exit_daily, esf_daily in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  return null;
end $$;

drop function esf_re_entry_corrections();
drop trigger "participation_enrolment_insert" on "enrolment";
drop trigger "participation_enrolment_update" on "enrolment";
drop trigger "participation_enrolment_delete" on "enrolment";
drop function participation_from_enrolments();
drop function rebuild_participation();
drop function participation_recomputed();
drop table "participation";
