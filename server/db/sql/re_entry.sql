-- The ESF re-entry rule (issue #13): a person who re-enters the same operation (the project's
-- reintegration path) is one participant: described by the first entry, with the results of the
-- final exit.
--
-- enrolment.re_entry    true when an earlier enrolment of the same person in the same project
--                       exists (by day of selection, then id): counted in no output indicator
--                       (nor PARTICIPANTS); its results count if it is the final one.
-- enrolment.superseded  true when a later enrolment of the same person in the same project exists:
--                       its results (CR01-CR09) are not counted; the final entry's are.
-- refresh_re_entry()    after an enrolment is inserted, deleted, moved to another person or
--                       project, or its day of selection corrected, recomputes both flags of every
--                       enrolment of the touched (person, project) keys, under a transaction-level
--                       advisory lock per key taken in order (as reach's, summaries_concurrency.sql
--                       rule 3), and updates the rows whose flags change: that update runs the
--                       summary triggers, which move the counts.
-- esf_output_codes(), esf_result_events()  wrap the definitions of esf_missing_indicators.sql
--                       (renamed *_of_entry, *_of_exit) with the two flags.
--
-- So a re-entry moves the participant's results from the earlier exit to the final one, also as
-- of days before the re-entry was recorded (docs/indicators.md).

alter table "enrolment" add column "re_entry" boolean not null default false;
alter table "enrolment" add column "superseded" boolean not null default false;

alter function esf_output_codes(enrolment) rename to esf_output_codes_of_entry;
alter function esf_result_events(enrolment, follow_up) rename to esf_result_events_of_exit;

create function esf_output_codes(e enrolment) returns text[] language sql immutable as $$
  select case when e.re_entry then '{}'::text[] else esf_output_codes_of_entry(e) end
$$;

create function esf_result_events(e enrolment, f follow_up) returns table (code text, day date) language sql immutable as $$
  select x.code, x.day from esf_result_events_of_exit(e, f) x where not e.superseded
$$;

create function refresh_re_entry(p_people uuid[], p_projects text[]) returns void language plpgsql as $$
declare k integer;
begin
  for k in
    select distinct hashtext(u.person_id::text || '/' || u.project_code) & 255
      from unnest(p_people, p_projects) as u(person_id, project_code)
     where u.person_id is not null
     order by 1
  loop
    perform pg_advisory_xact_lock(hashtext('quartieri.re-entry'), k);
  end loop;
  -- From here on, this statement sees what every earlier holder of these keys committed.
  update enrolment e set re_entry = x.re_entry, superseded = x.superseded
    from (
      select s.id,
             row_number() over w > 1 as re_entry,
             row_number() over w < count(*) over (partition by s.person_id, s.project_code) as superseded
        from enrolment s
        join (select distinct * from unnest(p_people, p_projects) as u(person_id, project_code)) u
          on u.person_id = s.person_id and u.project_code = s.project_code
      window w as (partition by s.person_id, s.project_code order by s.selected_on, s.id)
    ) x
   where x.id = e.id and (e.re_entry, e.superseded) is distinct from (x.re_entry, x.superseded);
end $$;

create function enrolment_re_entry() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform refresh_re_entry(array[new.person_id], array[new.project_code]::text[]);
  elsif tg_op = 'DELETE' then
    perform refresh_re_entry(array[old.person_id], array[old.project_code]::text[]);
  else
    perform refresh_re_entry(array[old.person_id, new.person_id], array[old.project_code, new.project_code]::text[]);
  end if;
  return null;
end $$;

create trigger "enrolment_re_entry" after insert or delete or update of "person_id", "project_code", "selected_on" on "enrolment"
  for each row execute function enrolment_re_entry();

-- Existing enrolments: their flags, then esf_daily rebuilt with the wrapped definitions.
select refresh_re_entry(array_agg(person_id), array_agg(project_code::text)) from enrolment;
select rebuild_esf_daily();
