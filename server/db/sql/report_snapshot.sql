-- report_snapshot: frozen reports. Once written, the database refuses any change or deletion.

create table "report_snapshot" (
  "id" serial primary key,
  "label" text not null,
  "as_of" date not null,
  "frozen_at" timestamptz not null default now(),
  "frozen_by" text not null,
  "content" text not null,
  "sha256" varchar(64) not null
);

create function report_snapshot_frozen() returns trigger language plpgsql as $$
begin
  raise exception 'a frozen report never changes: % is not allowed', tg_op;
end $$;

create trigger "report_snapshot_frozen" before update or delete on "report_snapshot"
  for each row execute function report_snapshot_frozen();
