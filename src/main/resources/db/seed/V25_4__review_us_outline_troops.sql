-- Issue 9 shipped-data review, part 4: the US outline's term on U.S. troops (provision 46) joined
-- Hegseth's "any U.S. troop involvement is unlikely" (source 3) with The War Zone's own sentence "To
-- date, the U.S. has ruled out providing troops" (source 4), an assessment that stays a statement of
-- its own (124). The term keeps what U.S. officials indicated, cited to the article that reports it
-- (docs/seed-data.md, "Review after the re-audit"). Runs unchanged on H2 and PostgreSQL.
update provision set text = 'Any U.S. troop involvement is unlikely.', confidence = 'SINGLE_SOURCE' where id = 46;
delete from provision_source where provision_id = 46 and source_id = 4 and exists (select 1 from provision_source where provision_id = 46 and source_id = 3);

insert into revision (created_at, username) values (1796029380000, 'shipped-data review');
insert into provision_aud (id, rev, revtype, proposal_id, number, topic_id, text, figure_min, figure_max, figure_unit, figure_text, retired, attribution, according_to, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.proposal_id, t.number, t.topic_id, t.text, t.figure_min, t.figure_max, t.figure_unit, t.figure_text, t.retired, t.attribution, t.according_to, t.excerpt, t.confidence from provision t where t.id in (46);
insert into provision_source_aud (rev, revtype, provision_id, source_id) select (select max(id) from revision where username = 'shipped-data review'), 2, 46, 4 where not exists (select 1 from provision_source where provision_id = 46 and source_id = 4);
