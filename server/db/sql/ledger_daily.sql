-- ledger_daily: amounts repaid and withheld per project and day, in cents.
--
-- Maintained by:
--   repayment    INSERT / UPDATE / DELETE  ledger_summaries()  (this file)
--                reads enrolment_id, paid_on, amount_cents
--   withholding  INSERT / UPDATE / DELETE  ledger_summaries()  (this file)
--                reads enrolment_id, withheld_on, amount_cents
-- The enrolment gives the project; enrolment_summaries() (enrolment_daily.sql) refuses to move
-- an enrolment with repayments or withholding to another project. Each statement takes back
-- what its old rows counted and adds what its new rows count.
--
-- Concurrency (Migration20261126110000_summaries): ledger_summaries() is replaced in
-- summaries_concurrency.sql. It locks the enrolments FOR SHARE before reading their project, so
-- an enrolment moved at the same time either waits (and then refuses the move, the ledger being
-- there) or is read moved. A TRUNCATE of repayment or withholding rebuilds ledger_daily
-- (summaries_closure.sql).

create table "ledger_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "repaid_cents" bigint not null,
  "withheld_cents" bigint not null,
  constraint "ledger_daily_pkey" primary key ("project_code", "day")
);

create function ledger_summaries() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'repayment' then
    if tg_op in ('UPDATE', 'DELETE') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, r.paid_on, -sum(r.amount_cents), 0 from old_rows r join enrolment e on e.id = r.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set repaid_cents = ledger_daily.repaid_cents + excluded.repaid_cents;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, r.paid_on, sum(r.amount_cents), 0 from new_rows r join enrolment e on e.id = r.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set repaid_cents = ledger_daily.repaid_cents + excluded.repaid_cents;
    end if;
  else
    if tg_op in ('UPDATE', 'DELETE') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, w.withheld_on, 0, -sum(w.amount_cents) from old_rows w join enrolment e on e.id = w.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set withheld_cents = ledger_daily.withheld_cents + excluded.withheld_cents;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
      insert into ledger_daily (project_code, day, repaid_cents, withheld_cents)
      select e.project_code, w.withheld_on, 0, sum(w.amount_cents) from new_rows w join enrolment e on e.id = w.enrolment_id group by 1, 2
      on conflict (project_code, day) do update set withheld_cents = ledger_daily.withheld_cents + excluded.withheld_cents;
    end if;
  end if;
  return null;
end $$;

create trigger "repayment_summaries_insert" after insert on "repayment"
  referencing new table as new_rows for each statement execute function ledger_summaries();
create trigger "repayment_summaries_update" after update on "repayment"
  referencing old table as old_rows new table as new_rows for each statement execute function ledger_summaries();
create trigger "repayment_summaries_delete" after delete on "repayment"
  referencing old table as old_rows for each statement execute function ledger_summaries();

create trigger "withholding_summaries_insert" after insert on "withholding"
  referencing new table as new_rows for each statement execute function ledger_summaries();
create trigger "withholding_summaries_update" after update on "withholding"
  referencing old table as old_rows new table as new_rows for each statement execute function ledger_summaries();
create trigger "withholding_summaries_delete" after delete on "withholding"
  referencing old table as old_rows for each statement execute function ledger_summaries();

-- The reports filter withholding by day.
create index "withholding_withheld_on_index" on "withholding" ("withheld_on");
