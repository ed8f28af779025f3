-- The data version (issue 17): a value that changes in the same transaction as every write to the
-- records, so that a report computed at one version can be served again, exactly, for as long as
-- the version has not moved (server/reporting/report-cache.ts).
--
-- One row: `epoch` (renewed by a restore, so that a restored database never reuses a version
-- that a running hub may hold answers for) and `version`, drawn from a sequence (never reused).
-- A statement-level trigger on every table of records marks its transaction as a writer, once
-- (a transaction-local setting, and one row in data_version_pending); a deferred constraint
-- trigger on that row moves the version when the transaction commits. The row lock on
-- data_version is therefore taken at commit time only, after every other lock of the
-- transaction: writers queue there for an instant, but it can close no cycle of locks.

create sequence data_version_seq;

create table data_version (
  singleton boolean primary key default true check (singleton),
  epoch uuid not null default gen_random_uuid(),
  version bigint not null default nextval('data_version_seq'),
  changed_at timestamptz not null default now()
);
insert into data_version default values;

comment on table data_version is
  'One row: the version of the records (epoch and a number from data_version_seq), moved at the commit of every transaction that writes them. Keys the hub''s report cache.';

create table data_version_pending (
  xid xid8 primary key
);
comment on table data_version_pending is
  'Transient: one row per writing transaction, inserted at its first write and deleted at its commit, whose deferred trigger moves data_version.';

-- "this transaction wrote records": once per transaction.
create function data_version_touch() returns trigger
language plpgsql as $$
begin
  if current_setting('quartieri.data_written', true) is distinct from 'yes' then
    perform set_config('quartieri.data_written', 'yes', true);
    insert into data_version_pending (xid) values (pg_current_xact_id()) on conflict do nothing;
  end if;
  return null;
end
$$;

-- at commit: a new version.
create function data_version_commit() returns trigger
language plpgsql as $$
begin
  update data_version set version = nextval('data_version_seq'), changed_at = clock_timestamp();
  delete from data_version_pending where xid = new.xid;
  return null;
end
$$;

create constraint trigger data_version_commit
  after insert on data_version_pending
  deferrable initially deferred
  for each row execute function data_version_commit();

-- After a restore (whose triggers are off): a new epoch and a new version.
create function data_version_renew() returns void
language sql as $$
  update data_version set epoch = gen_random_uuid(), version = nextval('data_version_seq'), changed_at = clock_timestamp();
$$;

-- The key of the state a statement sees: epoch:version.
create function data_version_key() returns text
language sql stable as $$
  select epoch::text || ':' || version::text from data_version
$$;

-- Every table of records, now and (through data_version_attach) those added later.
create function data_version_attach(target regclass) returns void
language plpgsql as $$
begin
  execute format(
    'create trigger data_version_touch after insert or update or delete or truncate on %s for each statement execute function data_version_touch()',
    target);
end
$$;

do $$
declare
  t record;
begin
  for t in
    select c.oid::regclass as target
      from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
       and c.relname not in ('data_version', 'data_version_pending', 'mikro_orm_migrations', 'api_key', 'idempotency_key', 'writer_position')
  loop
    perform data_version_attach(t.target);
  end loop;
end
$$;
