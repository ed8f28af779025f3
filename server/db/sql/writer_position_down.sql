drop table if exists writer_position;
