-- enrolment_daily: enrolments and the arrears they carry, per project, day of selection and sex.
-- exit_daily: exits per project, day of exit, sex, outcome and contract ('' without a contract).
--
-- Both maintained by:
--   enrolment  INSERT / UPDATE / DELETE  enrolment_summaries()  (this file)
--              enrolment_daily reads project_code, selected_on, sex, arrears_cents;
--              exit_daily reads project_code, exited_on, sex, outcome, contract_type
-- Each statement takes back what its old rows counted and adds what its new rows count: exact
-- for inserts, corrections and deletions alike. An enrolment with repayments or withholding may
-- not move to another project, since ledger_daily (ledger_daily.sql) counts them under it.
--
-- Concurrency: the deltas come from the enrolment rows themselves, which the writing statement
-- has locked, and are applied with upserts: exact under concurrent transactions. The function is
-- replaced in summaries_concurrency.sql only to take the writers' shared advisory lock (rule 4
-- there); a TRUNCATE of enrolment rebuilds both tables (summaries_closure.sql).

create table "enrolment_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "sex" "sex" not null,
  "enrolled" integer not null,
  "arrears_cents" bigint not null,
  constraint "enrolment_daily_pkey" primary key ("project_code", "day", "sex")
);

create table "exit_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "sex" "sex" not null,
  "outcome" "exit_outcome" not null,
  "contract_key" text not null,
  "exits" integer not null,
  constraint "exit_daily_pkey" primary key ("project_code", "day", "sex", "outcome", "contract_key")
);

create function enrolment_summaries() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    -- (nested: plpgsql plans a whole condition, and old_rows exists only for updates)
    if exists (
        select 1 from old_rows o join new_rows n on n.id = o.id
         where o.project_code <> n.project_code
           and (exists (select 1 from repayment r where r.enrolment_id = o.id)
                or exists (select 1 from withholding w where w.enrolment_id = o.id))) then
      raise exception 'an enrolment with repayments or withholding cannot move to another project';
    end if;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
    select project_code, selected_on, sex, -count(*), -sum(arrears_cents) from old_rows group by 1, 2, 3
    on conflict (project_code, day, sex) do update
      set enrolled = enrolment_daily.enrolled + excluded.enrolled, arrears_cents = enrolment_daily.arrears_cents + excluded.arrears_cents;
    insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
    select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), -count(*)
      from old_rows where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5
    on conflict (project_code, day, sex, outcome, contract_key) do update set exits = exit_daily.exits + excluded.exits;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into enrolment_daily (project_code, day, sex, enrolled, arrears_cents)
    select project_code, selected_on, sex, count(*), sum(arrears_cents) from new_rows group by 1, 2, 3
    on conflict (project_code, day, sex) do update
      set enrolled = enrolment_daily.enrolled + excluded.enrolled, arrears_cents = enrolment_daily.arrears_cents + excluded.arrears_cents;
    insert into exit_daily (project_code, day, sex, outcome, contract_key, exits)
    select project_code, exited_on, sex, outcome, coalesce(contract_type::text, ''), count(*)
      from new_rows where exited_on is not null and outcome is not null group by 1, 2, 3, 4, 5
    on conflict (project_code, day, sex, outcome, contract_key) do update set exits = exit_daily.exits + excluded.exits;
  end if;
  return null;
end $$;

create trigger "enrolment_summaries_insert" after insert on "enrolment"
  referencing new table as new_rows for each statement execute function enrolment_summaries();
create trigger "enrolment_summaries_update" after update on "enrolment"
  referencing old table as old_rows new table as new_rows for each statement execute function enrolment_summaries();
create trigger "enrolment_summaries_delete" after delete on "enrolment"
  referencing old table as old_rows for each statement execute function enrolment_summaries();

-- An exit never precedes the selection (exit_daily would count it before the enrolment).
alter table "enrolment" add constraint "enrolment_exit_after_selection" check ("exited_on" is null or "exited_on" >= "selected_on");
