-- What each summary table holds and which writes maintain it (psql: \dt+), with the TRUNCATE
-- triggers of summaries_closure.sql that rebuild it. Replaces the comments of
-- summary_comments.sql.

comment on table "reach" is
  'For each project and registered person, the first day the person was reached (an attendance or an enrolment). '
  'Maintained by: attendance INSERT/UPDATE/DELETE via attendance_summaries(); '
  'enrolment INSERT/UPDATE/DELETE via enrolment_reach(); activity UPDATE via activity_summaries(). '
  'Rebuilt after attendance TRUNCATE via attendance_truncated(); enrolment TRUNCATE via enrolment_truncated(); '
  'reach TRUNCATE via reach_truncated().';

comment on table "reach_daily" is
  'People first reached per project and day. '
  'Maintained by: reach INSERT/UPDATE/DELETE via reach_daily_apply(). '
  'Rebuilt after attendance TRUNCATE via attendance_truncated(); enrolment TRUNCATE via enrolment_truncated(); '
  'reach TRUNCATE via reach_truncated().';

comment on table "attendance_daily" is
  'Registered attendances and anonymous headcounts per project and day. '
  'Maintained by: attendance INSERT/UPDATE/DELETE via attendance_summaries(); activity UPDATE via activity_summaries(). '
  'Rebuilt after attendance TRUNCATE via attendance_truncated().';

comment on table "enrolment_daily" is
  'Enrolments and their arrears in cents per project, day of selection and sex. '
  'Maintained by: enrolment INSERT/UPDATE/DELETE via enrolment_summaries(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated().';

comment on table "exit_daily" is
  'Exits per project, day of exit, sex, outcome and contract (empty without a contract). '
  'Maintained by: enrolment INSERT/UPDATE/DELETE via enrolment_summaries(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated().';

comment on table "ledger_daily" is
  'Amounts repaid and withheld in cents per project and day. '
  'Maintained by: repayment INSERT/UPDATE/DELETE via ledger_summaries(); withholding INSERT/UPDATE/DELETE via ledger_summaries(). '
  'Rebuilt after repayment TRUNCATE via ledger_truncated(); withholding TRUNCATE via ledger_truncated().';

comment on table "esf_daily" is
  'ESF participants per project, day, sex and indicator code (esf_output_codes, esf_result_events). '
  'Maintained by: enrolment INSERT/UPDATE/DELETE via esf_from_enrolments(); follow_up INSERT/UPDATE/DELETE via esf_from_follow_ups(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated(); follow_up TRUNCATE via follow_up_truncated().';
