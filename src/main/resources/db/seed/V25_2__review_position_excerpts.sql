-- Issue 9 shipped-data review, part 2: two positions whose excerpt did not justify their stance
-- level (docs/seed-data.md, "Review after the re-audit"). Runs unchanged on H2 and PostgreSQL.

-- UK, 16 Feb 2025, "willing": "broached the possibility of contributing troops" is weaker than the
-- level; Starmer's own words in the same article are "ready and willing ... if necessary".
update actor_position set excerpt = 'In addition to guaranteeing Ukraine 3 billion pounds per year (about $3.79 billion) in military aid through at least 2030, Starmer wrote that supporting Kyiv “means being ready and willing to contribute to security guarantees to Ukraine by putting our own troops on the ground if necessary.”' where id = 1;
-- Ukraine, Dec 2025, territory, "opposes": Zelensky's "demands from the Russian Federation" says
-- whose demand it is, not that Kyiv refuses it; the article's "For Kyiv, it remains unacceptable" does.
update actor_position set excerpt = 'Moscow has advanced the same demand, and such a provision featured in the initial U.S. proposals. For Kyiv, it remains unacceptable.' where id = 33;

insert into revision (created_at, username) values (1796029260000, 'shipped-data review');
insert into actor_position_aud (id, rev, revtype, actor_id, topic_id, stance, valid_from, source_id, summary, note, retired, date_precision, date_qualifier, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.actor_id, t.topic_id, t.stance, t.valid_from, t.source_id, t.summary, t.note, t.retired, t.date_precision, t.date_qualifier, t.excerpt, t.confidence from actor_position t where t.id in (1, 33);
