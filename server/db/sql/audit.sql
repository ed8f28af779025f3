-- audit_entry: the append-only audit trail of every write made through the services. The
-- database itself refuses to change, delete or truncate it, whatever path a statement takes.

create table "audit_entry" (
  "id" bigserial primary key,
  "at" timestamptz not null default now(),
  "actor" text not null,
  "action" text not null,
  "entity" text not null,
  "entity_id" text not null,
  "before" jsonb null,
  "after" jsonb null,
  "reason" text null,
  "request_id" text null
);

create index "audit_entry_entity_entity_id_index" on "audit_entry" ("entity", "entity_id");

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end $$;

create trigger "audit_entry_no_update_or_delete" before update or delete on "audit_entry"
  for each row execute function audit_entry_append_only();
create trigger "audit_entry_no_truncate" before truncate on "audit_entry"
  for each statement execute function audit_entry_append_only();
