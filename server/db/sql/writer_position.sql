-- Read replicas, read-your-writes (docs/ARCHITECTURE.md, "Read replicas"): where each actor's
-- last write ends in the primary's WAL. The hub upserts the row right after a request of that
-- actor committed (server/db/replicas.ts, recordWriterPosition), with pg_current_wal_insert_lsn(),
-- a position at or after the commit record. A report of that actor reads a replica only once the
-- replica has replayed up to `lsn`. Kept in PostgreSQL, not in a hub process's memory, so every
-- hub process on the database knows it. Operational: no foreign key, no audit.
create table writer_position (
  actor text primary key,
  lsn pg_lsn not null,
  at timestamptz not null default now()
);

comment on table writer_position is
  'per actor (the audit trail''s actor: an API key''s id, or admin), the primary''s WAL insert position right after its last committed write: the replicas serve its reports once they have replayed it';
