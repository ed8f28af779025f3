import { Migration } from '@mikro-orm/migrations';

export class Migration20261125124911 extends Migration {
  override up(): void {
    this.addSql(`create type "organisation_kind" as enum ('HOUSING_AGENCY', 'MUNICIPALITY', 'SOCIAL_COOPERATIVE', 'OTHER');`);
    this.addSql(`create type "sex" as enum ('FEMALE', 'MALE');`);
    this.addSql(
      `create type "education_level" as enum ('ISCED_0', 'ISCED_1', 'ISCED_2', 'ISCED_3', 'ISCED_4', 'ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8');`,
    );
    this.addSql(
      `create type "labour_status" as enum ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION', 'EMPLOYED');`,
    );
    this.addSql(`create type "aler_role" as enum ('LEAD', 'PARTNER');`);
    this.addSql(`create type "exit_outcome" as enum ('EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN');`);
    this.addSql(`create type "contract_type" as enum ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER');`);
    this.addSql(`create type "arrears_case_status" as enum ('PREPARED', 'SUBMITTED', 'APPROVED', 'REJECTED');`);
    this.addSql(
      `create type "activity_kind" as enum ('SOCIAL_SUPPORT', 'COMMUNITY_ANIMATION', 'INTEGRATION', 'TRAINING', 'JOB_SUPPORT', 'SELF_MANAGEMENT', 'ASSISTED_LIVING', 'OUTREACH', 'OTHER');`,
    );
    this.addSql(`create table "organisation" ("id" serial primary key, "name" text not null, "kind" "organisation_kind" not null);`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(
      `create table "person" ("id" uuid not null default gen_random_uuid(), "fiscal_code_hash" varchar(64) not null, "sex" "sex" not null, "birth_year" smallint not null, "education" "education_level" null, "labour_status" "labour_status" not null, "jobless_household" boolean null, "jobless_household_with_children" boolean null, "single_adult_with_children" boolean null, "migrant_or_minority" boolean null, "disability" boolean null, "other_disadvantaged" boolean null, "housing_exclusion" boolean null, "synthetic" boolean not null default false, "created_at" timestamptz not null default now(), constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "person" add constraint "person_fiscal_code_hash_unique" unique ("fiscal_code_hash");`);

    this.addSql(
      `create table "programme" ("code" varchar(64) not null, "name" text not null, "axis" varchar(16) not null, "actions" text[] not null, "call_title" text not null, "funded_list_published_on" date null, "managing_authority" text not null, constraint "programme_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "project" ("code" varchar(32) not null, "programme_code" varchar(64) not null, "name" text not null, "municipality" text not null, "place" text null, "aler_role" "aler_role" not null, "awarded_cents" bigint not null, "start_date" date not null, "end_date" date not null, "participant_target" int not null, "involvement_target" int not null, "allowance_cents" bigint not null, "withholding_share" numeric(5,4) not null, "assumed_fields" text[] not null, "source" text not null, constraint "project_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "enrolment" ("id" uuid not null default gen_random_uuid(), "person_id" uuid not null, "project_code" varchar(32) not null, "selected_on" date not null, "arrears_cents" bigint not null, "exited_on" date null, "outcome" "exit_outcome" null, "contract_type" "contract_type" null, "qualification_on_exit" boolean null, "synthetic" boolean not null default false, "created_at" timestamptz not null default now(), constraint "enrolment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "enrolment_person_id_index" on "enrolment" ("person_id");`);
    this.addSql(`create index "enrolment_project_code_selected_on_index" on "enrolment" ("project_code", "selected_on");`);

    this.addSql(
      `create table "follow_up" ("id" uuid not null default gen_random_uuid(), "enrolment_id" uuid not null, "observed_on" date not null, "employed" boolean not null, "improved_situation" boolean not null, "synthetic" boolean not null default false, constraint "follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "follow_up" add constraint "follow_up_enrolment_id_unique" unique ("enrolment_id");`);

    this.addSql(
      `create table "arrears_case" ("id" uuid not null default gen_random_uuid(), "project_code" varchar(32) not null, "person_id" uuid not null, "opened_on" date not null, "status" "arrears_case_status" not null default 'PREPARED', "status_changed_on" date not null, "synthetic" boolean not null default false, constraint "arrears_case_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "activity" ("id" uuid not null default gen_random_uuid(), "project_code" varchar(32) not null, "kind" "activity_kind" not null, "held_on" date not null, "title" text not null, "synthetic" boolean not null default false, constraint "activity_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "activity_project_code_held_on_index" on "activity" ("project_code", "held_on");`);

    this.addSql(
      `create table "attendance" ("id" uuid not null default gen_random_uuid(), "activity_id" uuid not null, "person_id" uuid null, "anonymous_headcount" int null, "synthetic" boolean not null default false, constraint "attendance_pkey" primary key ("id"), constraint attendance_person_or_headcount check ((person_id is not null and anonymous_headcount is null) or (person_id is null and anonymous_headcount > 0)));`,
    );
    this.addSql(`create index "attendance_person_id_index" on "attendance" ("person_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_activity_id_person_id_unique" unique ("activity_id", "person_id");`);

    this.addSql(
      `create table "project_partner" ("id" serial primary key, "project_code" varchar(32) not null, "organisation_id" int not null, "role" varchar(16) not null);`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_project_code_organisation_id_unique" unique ("project_code", "organisation_id");`,
    );

    this.addSql(
      `create table "repayment" ("id" uuid not null default gen_random_uuid(), "enrolment_id" uuid not null, "paid_on" date not null, "amount_cents" bigint not null, "synthetic" boolean not null default false, constraint "repayment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "repayment_enrolment_id_paid_on_index" on "repayment" ("enrolment_id", "paid_on");`);

    this.addSql(
      `create table "withholding" ("id" uuid not null default gen_random_uuid(), "enrolment_id" uuid not null, "withheld_on" date not null, "amount_cents" bigint not null, "synthetic" boolean not null default false, constraint "withholding_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "withholding" add constraint "withholding_enrolment_id_unique" unique ("enrolment_id");`);

    this.addSql(
      `alter table "project" add constraint "project_programme_code_foreign" foreign key ("programme_code") references "programme" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "enrolment" add constraint "enrolment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_project_code_foreign" foreign key ("project_code") references "project" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "follow_up" add constraint "follow_up_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "arrears_case" add constraint "arrears_case_project_code_foreign" foreign key ("project_code") references "project" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "arrears_case" add constraint "arrears_case_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "activity" add constraint "activity_project_code_foreign" foreign key ("project_code") references "project" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "project_partner" add constraint "project_partner_project_code_foreign" foreign key ("project_code") references "project" ("code") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "repayment" add constraint "repayment_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "withholding" add constraint "withholding_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`,
    );
  }

  override down(): void {
    this.addSql(`alter table "project_partner" drop constraint "project_partner_organisation_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_person_id_foreign";`);

    this.addSql(`alter table "arrears_case" drop constraint "arrears_case_person_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_person_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_programme_code_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_project_code_foreign";`);

    this.addSql(`alter table "arrears_case" drop constraint "arrears_case_project_code_foreign";`);

    this.addSql(`alter table "activity" drop constraint "activity_project_code_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_project_code_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_enrolment_id_foreign";`);

    this.addSql(`alter table "repayment" drop constraint "repayment_enrolment_id_foreign";`);

    this.addSql(`alter table "withholding" drop constraint "withholding_enrolment_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_activity_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "arrears_case" cascade;`);

    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "project_partner" cascade;`);

    this.addSql(`drop table if exists "repayment" cascade;`);

    this.addSql(`drop table if exists "withholding" cascade;`);

    this.addSql(`drop type "organisation_kind";`);
    this.addSql(`drop type "sex";`);
    this.addSql(`drop type "education_level";`);
    this.addSql(`drop type "labour_status";`);
    this.addSql(`drop type "aler_role";`);
    this.addSql(`drop type "exit_outcome";`);
    this.addSql(`drop type "contract_type";`);
    this.addSql(`drop type "arrears_case_status";`);
    this.addSql(`drop type "activity_kind";`);
  }
}
