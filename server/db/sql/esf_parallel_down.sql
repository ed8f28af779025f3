-- Undoes esf_parallel.sql.
alter function esf_re_entry_corrections() parallel unsafe;
