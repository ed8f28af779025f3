-- Undoes re_entry.sql: the definitions of esf_missing_indicators.sql again, esf_daily rebuilt.
drop trigger "enrolment_re_entry" on "enrolment";
drop function enrolment_re_entry();
drop function refresh_re_entry(uuid[], text[]);
drop function esf_output_codes(enrolment);
drop function esf_result_events(enrolment, follow_up);
alter function esf_output_codes_of_entry(enrolment) rename to esf_output_codes;
alter function esf_result_events_of_exit(enrolment, follow_up) rename to esf_result_events;
alter table "enrolment" drop column "re_entry";
alter table "enrolment" drop column "superseded";
select rebuild_esf_daily();
