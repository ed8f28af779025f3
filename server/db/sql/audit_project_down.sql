-- Undoes audit_project.sql.
drop index "arrears_case_project_code_opened_on_index";
drop index "repayment_paid_on_id_index";
drop trigger "audit_entry_project_insert" on "audit_entry";
drop function audit_entry_project_insert();
drop table "audit_entry_project";
drop function audit_entry_projects(text, jsonb, jsonb);
