-- project.awarded_on: the day the award was published (the article: 31 May 2018). As of an
-- earlier day a project has no funding yet. Existing projects take their programme's publication
-- day, or their start when the programme has none.

alter table "project" add column "awarded_on" date null;

update "project" p set "awarded_on" = coalesce(g."funded_list_published_on", p."start_date")
  from "programme" g
 where g."code" = p."programme_code";

alter table "project" alter column "awarded_on" set not null;
