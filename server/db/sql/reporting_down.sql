-- Reverts the reporting migration: its triggers, functions, summary tables, columns and indexes.

drop trigger if exists "activity_summaries_update" on "activity";
drop trigger if exists "attendance_summaries_insert" on "attendance";
drop trigger if exists "attendance_summaries_update" on "attendance";
drop trigger if exists "attendance_summaries_delete" on "attendance";
drop trigger if exists "enrolment_reach_insert" on "enrolment";
drop trigger if exists "enrolment_reach_update" on "enrolment";
drop trigger if exists "enrolment_reach_delete" on "enrolment";
drop function if exists activity_summaries(), enrolment_reach(), attendance_summaries(),
  refresh_attendance_daily(text[], date[]), refresh_reach(text[], uuid[]);

drop trigger if exists "enrolment_summaries_insert" on "enrolment";
drop trigger if exists "enrolment_summaries_update" on "enrolment";
drop trigger if exists "enrolment_summaries_delete" on "enrolment";
drop trigger if exists "repayment_summaries_insert" on "repayment";
drop trigger if exists "repayment_summaries_update" on "repayment";
drop trigger if exists "repayment_summaries_delete" on "repayment";
drop trigger if exists "withholding_summaries_insert" on "withholding";
drop trigger if exists "withholding_summaries_update" on "withholding";
drop trigger if exists "withholding_summaries_delete" on "withholding";

drop trigger if exists "esf_enrolment_insert" on "enrolment";
drop trigger if exists "esf_enrolment_update" on "enrolment";
drop trigger if exists "esf_enrolment_delete" on "enrolment";
drop trigger if exists "esf_follow_up_insert" on "follow_up";
drop trigger if exists "esf_follow_up_update" on "follow_up";
drop trigger if exists "esf_follow_up_delete" on "follow_up";
drop function if exists esf_from_enrolments(), esf_from_follow_ups();
drop table if exists "esf_daily";
drop function if exists esf_output_codes(enrolment), esf_result_events(enrolment, follow_up);

drop trigger if exists "enrolment_entry_snapshot" on "enrolment";
drop function if exists enrolment_summaries(), ledger_summaries(), enrolment_entry_snapshot();
drop table if exists "enrolment_daily", "exit_daily", "ledger_daily";
alter table "enrolment"
  drop constraint if exists "enrolment_exit_after_selection",
  drop column "sex",
  drop column "birth_year",
  drop column "entry_labour_status",
  drop column "entry_education",
  drop column "entry_jobless_household",
  drop column "entry_jobless_household_with_children",
  drop column "entry_single_adult_with_children",
  drop column "entry_migrant_or_minority",
  drop column "entry_disability",
  drop column "entry_other_disadvantaged",
  drop column "entry_housing_exclusion";

-- reach_daily's triggers live on reach: they go before their function.
drop trigger if exists "reach_daily_insert" on "reach";
drop trigger if exists "reach_daily_update" on "reach";
drop trigger if exists "reach_daily_delete" on "reach";
drop table if exists "reach_daily";
drop function if exists reach_daily_apply();
drop table if exists "attendance_daily";
drop table if exists "reach";
drop index if exists "attendance_activity_id_index";
drop index if exists "withholding_withheld_on_index";
drop index if exists "follow_up_observed_on_index";
alter table "project" drop column "awarded_on";
