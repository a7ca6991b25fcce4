-- Issue 9 shipped-data review, part 3: the second point of the European statement also addresses
-- military support ("to rebuild Ukraine's armed forces"), not only the multinational force
-- (docs/seed-data.md, "Review after the re-audit"). Runs unchanged on H2 and PostgreSQL.
insert into provision_topic (provision_id, topic_id) select 22, 11 where exists (select 1 from provision where id = 22) and not exists (select 1 from provision_topic where provision_id = 22 and topic_id = 11);

insert into revision (created_at, username) values (1796029320000, 'shipped-data review');
insert into provision_topic_aud (rev, revtype, provision_id, topic_id) select (select max(id) from revision where username = 'shipped-data review'), 0, 22, 11 where exists (select 1 from provision_topic where provision_id = 22 and topic_id = 11);
