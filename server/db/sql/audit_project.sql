-- audit_entry_project: the projects each entry of the audit trail belongs to, so that an
-- operator reads its projects' trail a page at a time (the auditTrail query) without reading
-- every entry. An entry belongs to the projects its record names: an enrolment, an activity or a
-- case file by its projectCode (before and after: a record moved between projects belongs to
-- both), a repayment, withholding or follow-up by its enrolment's project, an attendance by its
-- activity's. A parent voided since is found through its own entries. People, their situations,
-- locks, keys and snapshots belong to no project.
--
-- Kept by an AFTER INSERT statement trigger on audit_entry (the trail is append-only: entries are
-- never changed or deleted, so nothing else is needed); the migration fills it for the entries
-- already written, parents first.

create table "audit_entry_project" (
  "project_code" varchar(255) not null references "project" ("code") on update cascade on delete cascade,
  -- No foreign key to audit_entry: the trail refuses TRUNCATE with its own message (audit.sql),
  -- which a referencing table would pre-empt; its rows are never deleted, so none dangles.
  "audit_entry_id" bigint not null,
  constraint "audit_entry_project_pkey" primary key ("project_code", "audit_entry_id")
);

create function audit_entry_projects(entry_entity text, entry_before jsonb, entry_after jsonb) returns setof text
language sql stable as $$
  -- (The parameters are named apart from audit_entry's columns entity, before and after, which the
  -- last branch reads from the parent's entries.)
  select distinct code from (
    select entry_after ->> 'projectCode' as code where entry_entity in ('enrolment', 'activity', 'arrears_case')
    union all
    select entry_before ->> 'projectCode' where entry_entity in ('enrolment', 'activity', 'arrears_case')
    union all
    select e.project_code from enrolment e
     where entry_entity in ('repayment', 'withholding', 'follow_up')
       and e.id in ((entry_after ->> 'enrolmentId')::uuid, (entry_before ->> 'enrolmentId')::uuid)
    union all
    select a.project_code from activity a
     where entry_entity = 'attendance' and a.id in ((entry_after ->> 'activityId')::uuid, (entry_before ->> 'activityId')::uuid)
    union all
    select p.project_code from audit_entry parent join audit_entry_project p on p.audit_entry_id = parent.id
     where (entry_entity in ('repayment', 'withholding', 'follow_up') and parent.entity = 'enrolment'
            and parent.entity_id in (entry_after ->> 'enrolmentId', entry_before ->> 'enrolmentId'))
        or (entry_entity = 'attendance' and parent.entity = 'activity'
            and parent.entity_id in (entry_after ->> 'activityId', entry_before ->> 'activityId'))
  ) x
  where code is not null and exists (select 1 from project where project.code = x.code)
$$;

create function audit_entry_project_insert() returns trigger language plpgsql as $$
begin
  insert into audit_entry_project (project_code, audit_entry_id)
  select code, n.id from new_entries n cross join lateral audit_entry_projects(n.entity, n.before, n.after) as code
  on conflict do nothing;
  return null;
end $$;

create trigger "audit_entry_project_insert" after insert on "audit_entry"
  referencing new table as new_entries for each statement execute function audit_entry_project_insert();

-- The entries written before this migration: the records that name their project first, then the
-- ones found through their parent (which may have been voided since).
insert into audit_entry_project (project_code, audit_entry_id)
select code, a.id from audit_entry a cross join lateral audit_entry_projects(a.entity, a.before, a.after) as code
 where a.entity in ('enrolment', 'activity', 'arrears_case')
on conflict do nothing;
insert into audit_entry_project (project_code, audit_entry_id)
select code, a.id from audit_entry a cross join lateral audit_entry_projects(a.entity, a.before, a.after) as code
 where a.entity not in ('enrolment', 'activity', 'arrears_case')
on conflict do nothing;

comment on table "audit_entry_project" is
  'The projects each audit entry belongs to (the auditTrail query). '
  'Maintained by: audit_entry INSERT via audit_entry_project_insert().';

-- Keyset pages of the listings (the listings query): a unique tie-breaker after the sort key.
create index "repayment_paid_on_id_index" on "repayment" ("paid_on", "id");
create index "arrears_case_project_code_opened_on_index" on "arrears_case" ("project_code", "opened_on");
