-- The ESF statement in a parallel-friendly form (issue 17, server/reporting/esf-indicators.ts):
-- esf_re_entry_corrections() (re_entry.sql) only reads, but as a plpgsql function it was
-- PARALLEL UNSAFE by default, which rules out a parallel plan for any statement that calls it.
-- RESTRICTED: the leader alone runs it, and the rest of the statement (the grouping of
-- esf_daily) may run in parallel workers.
alter function esf_re_entry_corrections() parallel restricted;
