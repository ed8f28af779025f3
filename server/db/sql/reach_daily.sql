-- reach_daily: how many people were first reached in each project on each day. A few thousand
-- rows whatever the population: "people reached as of D" and the monthly series sum it.
--
-- Maintained by:
--   reach  INSERT / UPDATE / DELETE  reach_daily_apply()  (this file)
--          reads project_code, first_on
-- reach is itself a summary (reach.sql), so every write that moves a first day lands here.
-- Each statement takes back what its old rows counted and adds what its new rows count.
--
-- Concurrency: deltas applied with "insert … on conflict do update" add up under concurrent
-- transactions and never collide; reach itself is serialised per key (summaries_concurrency.sql).
-- A TRUNCATE that empties reach rebuilds both (summaries_closure.sql).

create table "reach_daily" (
  "project_code" varchar(32) not null references "project" ("code") on update cascade on delete cascade,
  "day" date not null,
  "people" integer not null,
  constraint "reach_daily_pkey" primary key ("project_code", "day")
);

create function reach_daily_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into reach_daily (project_code, day, people)
    select project_code, first_on, -count(*) from old_rows group by project_code, first_on
    on conflict (project_code, day) do update set people = reach_daily.people + excluded.people;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into reach_daily (project_code, day, people)
    select project_code, first_on, count(*) from new_rows group by project_code, first_on
    on conflict (project_code, day) do update set people = reach_daily.people + excluded.people;
  end if;
  return null;
end $$;

create trigger "reach_daily_insert" after insert on "reach"
  referencing new table as new_rows for each statement execute function reach_daily_apply();
create trigger "reach_daily_update" after update on "reach"
  referencing old table as old_rows new table as new_rows for each statement execute function reach_daily_apply();
create trigger "reach_daily_delete" after delete on "reach"
  referencing old table as old_rows for each statement execute function reach_daily_apply();
