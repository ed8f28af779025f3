-- esf_monthly and exit_monthly (issue 17, Migration20261126191000_lean_reports): esf_daily and
-- exit_daily rolled up by month, so that the ESF and outcomes statements read one row per key and
-- month for the months before asOf's month, and the daily table only for the days of asOf's month
-- (at demo scale 100, 910 days of esf_daily and 711 of exit_daily against about 30 months).
--
-- Maintained by:
--   esf_daily   INSERT / UPDATE / DELETE  esf_monthly_apply()   (this file)
--               reads project_code, day, sex, code, participants
--   exit_daily  INSERT / UPDATE / DELETE  exit_monthly_apply()  (this file)
--               reads project_code, day, sex, outcome, contract_key, exits
-- The daily tables are themselves summaries (esf.sql, esf_missing_indicators.sql,
-- enrolment_daily.sql, summaries_concurrency.sql), so every write that moves a count lands here.
-- Each statement takes back what its old rows counted and adds what its new rows count, as
-- upserts (summaries_concurrency.sql, rule 1): deltas commute, so concurrent transactions add up
-- and never collide. Like the daily rows, a monthly row may fall to zero and stay (a zero row is
-- the same as no row); rows leave a daily table only in a rebuild or a project's cascade, and a
-- month left without any daily row of its key then goes too.
-- Rebuilt with the daily tables (rebuild_summaries(), enrolment_truncated(), follow_up_truncated()).

create table "esf_monthly" (
  "project_code" varchar(32) not null,
  "month" date not null,
  "sex" "sex" not null,
  "code" text not null,
  "participants" integer not null,
  constraint "esf_monthly_pkey" primary key ("project_code", "month", "sex", "code")
);

-- The days of one month over every project, found without a scan (as exit_daily's below).
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

create table "exit_monthly" (
  "project_code" varchar(32) not null,
  "month" date not null,
  "sex" "sex" not null,
  "outcome" "exit_outcome" not null,
  "contract_key" text not null,
  "exits" integer not null,
  constraint "exit_monthly_pkey" primary key ("project_code", "month", "sex", "outcome", "contract_key")
);

create index "exit_daily_day_index" on "exit_daily" ("day");

comment on table "exit_monthly" is
  'Exits per project, month of exit (its first day), sex, outcome and contract: exit_daily by month. '
  'Maintained by: exit_daily INSERT/UPDATE/DELETE via exit_monthly_apply(). '
  'Rebuilt after enrolment TRUNCATE via enrolment_truncated().';

create function exit_monthly_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into exit_monthly (project_code, month, sex, outcome, contract_key, exits)
    select project_code, date_trunc('month', day)::date, sex, outcome, contract_key, -sum(exits)
      from old_rows group by 1, 2, 3, 4, 5
    on conflict (project_code, month, sex, outcome, contract_key) do update set exits = exit_monthly.exits + excluded.exits;
  end if;
  if tg_op = 'DELETE' then
    delete from exit_monthly m
     using (select distinct project_code, date_trunc('month', day)::date as month, sex, outcome, contract_key from old_rows) k
     where (m.project_code, m.month, m.sex, m.outcome, m.contract_key) = (k.project_code, k.month, k.sex, k.outcome, k.contract_key)
       and m.exits = 0
       and not exists (select 1 from exit_daily d
                        where (d.project_code, d.sex, d.outcome, d.contract_key) = (k.project_code, k.sex, k.outcome, k.contract_key)
                          and d.day >= k.month and d.day < (k.month + interval '1 month')::date);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into exit_monthly (project_code, month, sex, outcome, contract_key, exits)
    select project_code, date_trunc('month', day)::date, sex, outcome, contract_key, sum(exits)
      from new_rows group by 1, 2, 3, 4, 5
    on conflict (project_code, month, sex, outcome, contract_key) do update set exits = exit_monthly.exits + excluded.exits;
  end if;
  return null;
end $$;

create trigger "exit_monthly_insert" after insert on "exit_daily"
  referencing new table as new_rows for each statement execute function exit_monthly_apply();
create trigger "exit_monthly_update" after update on "exit_daily"
  referencing old table as old_rows new table as new_rows for each statement execute function exit_monthly_apply();
create trigger "exit_monthly_delete" after delete on "exit_daily"
  referencing old table as old_rows for each statement execute function exit_monthly_apply();

create function exit_monthly_recomputed()
returns table (project_code text, month date, sex sex, outcome exit_outcome, contract_key text, exits integer)
language sql stable as $$
  select d.project_code, date_trunc('month', d.day)::date, d.sex, d.outcome, d.contract_key, sum(d.exits)::int
    from exit_daily_recomputed() d group by 1, 2, 3, 4, 5
$$;

create function rebuild_exit_monthly() returns void language plpgsql as $$
begin
  lock table exit_monthly in exclusive mode;
  delete from exit_monthly;
  insert into exit_monthly (project_code, month, sex, outcome, contract_key, exits) select * from exit_monthly_recomputed();
end $$;

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

-- rebuild_summaries() and the TRUNCATE triggers that rebuild esf_daily or exit_daily, with the
-- monthly table after each (whose rebuild moves it through the triggers first).
-- (reach_programme.sql's versions plus esf_monthly and exit_monthly.)
create or replace function rebuild_summaries() returns void language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, attendance_daily, enrolment_daily, exit_daily,
    exit_monthly, ledger_daily, esf_daily, esf_monthly, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_attendance_daily();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_exit_monthly();
  perform rebuild_ledger_daily();
  perform rebuild_esf_daily();
  perform rebuild_esf_monthly();
  perform rebuild_participation();
end $$;

create or replace function enrolment_truncated() returns trigger language plpgsql as $$
begin
  perform summaries_rebuilding();
  lock table reach, reach_daily, reach_programme, reach_programme_daily, enrolment_daily, exit_daily, exit_monthly, esf_daily,
    esf_monthly, participation in exclusive mode;
  perform rebuild_reach();
  perform rebuild_reach_daily();
  perform rebuild_reach_programme();
  perform rebuild_enrolment_daily();
  perform rebuild_exit_daily();
  perform rebuild_exit_monthly();
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
select rebuild_exit_monthly();
