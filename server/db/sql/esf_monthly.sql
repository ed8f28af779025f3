-- esf_monthly (issue 17, Migration20261126191000_lean_reports): esf_daily rolled up by month, so
-- that the ESF statement reads one row per project, month, sex and indicator for the months
-- before asOf's month and esf_daily only for the days of asOf's month (at demo scale 100,
-- esf_daily holds 910 days and esf_monthly about 30 months for the same keys).
--
-- Maintained by:
--   esf_daily  INSERT / UPDATE / DELETE  esf_monthly_apply()  (this file)
--              reads project_code, day, sex, code, participants
-- esf_daily is itself a summary (esf.sql, esf_missing_indicators.sql, summaries_concurrency.sql),
-- so every write that moves an ESF count lands here. Each statement takes back what its old rows
-- counted and adds what its new rows count, as upserts (summaries_concurrency.sql, rule 1): deltas
-- commute, so concurrent transactions add up and never collide. Like esf_daily, a row may fall to
-- zero and stay (a zero row is the same as no row).
-- Rebuilt with esf_daily (rebuild_summaries(), enrolment_truncated(), follow_up_truncated()).

create table "esf_monthly" (
  "project_code" varchar(32) not null,
  "month" date not null,
  "sex" "sex" not null,
  "code" text not null,
  "participants" integer not null,
  constraint "esf_monthly_pkey" primary key ("project_code", "month", "sex", "code")
);

-- The days of one month over every project, found without a scan.
create index "esf_daily_day_index" on "esf_daily" ("day");

comment on table "esf_monthly" is
  'ESF participants per project, month (its first day), sex and indicator code: esf_daily by month. '
  'Maintained by: esf_daily INSERT/UPDATE/DELETE via esf_monthly_apply(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated(); follow_up TRUNCATE via follow_up_truncated().';

create function esf_monthly_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into esf_monthly (project_code, month, sex, code, participants)
    select project_code, date_trunc('month', day)::date, sex, code, -sum(participants)
      from old_rows group by 1, 2, 3, 4
    on conflict (project_code, month, sex, code) do update set participants = esf_monthly.participants + excluded.participants;
  end if;
  if tg_op = 'DELETE' then
    -- Rows leave esf_daily only in a rebuild or a project's cascade: a month left without any
    -- row of its key goes too, as it would from esf_daily.
    delete from esf_monthly m
     using (select distinct project_code, date_trunc('month', day)::date as month, sex, code from old_rows) k
     where (m.project_code, m.month, m.sex, m.code) = (k.project_code, k.month, k.sex, k.code) and m.participants = 0
       and not exists (select 1 from esf_daily d
                        where (d.project_code, d.sex, d.code) = (k.project_code, k.sex, k.code)
                          and d.day >= k.month and d.day < (k.month + interval '1 month')::date);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into esf_monthly (project_code, month, sex, code, participants)
    select project_code, date_trunc('month', day)::date, sex, code, sum(participants)
      from new_rows group by 1, 2, 3, 4
    on conflict (project_code, month, sex, code) do update set participants = esf_monthly.participants + excluded.participants;
  end if;
  return null;
end $$;

create trigger "esf_monthly_insert" after insert on "esf_daily"
  referencing new table as new_rows for each statement execute function esf_monthly_apply();
create trigger "esf_monthly_update" after update on "esf_daily"
  referencing old table as old_rows new table as new_rows for each statement execute function esf_monthly_apply();
create trigger "esf_monthly_delete" after delete on "esf_daily"
  referencing old table as old_rows for each statement execute function esf_monthly_apply();

create function esf_monthly_recomputed() returns table (project_code text, month date, sex sex, code text, participants integer)
language sql stable as $$
  select d.project_code, date_trunc('month', d.day)::date, d.sex, d.code, sum(d.participants)::int
    from esf_daily_recomputed() d group by 1, 2, 3, 4
$$;

create function rebuild_esf_monthly() returns void language plpgsql as $$
begin
  lock table esf_monthly in exclusive mode;
  delete from esf_monthly;
  insert into esf_monthly (project_code, month, sex, code, participants) select * from esf_monthly_recomputed();
end $$;

-- rebuild_summaries() and the TRUNCATE triggers that rebuild esf_daily, with esf_monthly after it
-- (whose rebuild moves esf_monthly through the triggers first). (reach_programme.sql's versions
-- plus esf_monthly.)
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, attendance_daily, enrolment_daily, exit_daily,
    ledger_daily, esf_daily, esf_monthly, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_esf_monthly();
  perform rebuild_participation();
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, enrolment_daily, exit_daily, esf_daily, esf_monthly,
    participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_esf_daily();
  perform rebuild_esf_monthly();
  perform rebuild_participation();
  return null;
end $$;

create or replace function follow_up_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  perform rebuild_esf_daily();
  perform rebuild_esf_monthly();
  return null;
end $$;

-- What was counted before this migration.
select summaries_rebuilding();
select rebuild_esf_monthly();
