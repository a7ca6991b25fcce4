-- Issue 9 shipped-data review (independent re-reading of the five articles after V21-V25).
-- Corrections and the few facts the re-audit still missed; the judgement calls are listed in
-- docs/seed-data.md ("Review after the re-audit"). New records use ids below 10000 never used
-- before. Runs unchanged on H2 and PostgreSQL.

-- The joint statement (event 14): its excerpt must say that the statement was released, not only
-- that its alignment with Washington's proposals is unclear.
update event set excerpt = 'At the same time, European leaders released a joint statement outlining Europe’s and the United States’ commitments to security guarantees for Ukraine and to postwar reconstruction.' where id = 14;

-- Titles no more precise than the dates: the initial U.S. proposals are only known to precede the
-- Berlin talks of December 2025 (not "2025"); Russia's Donetsk demand is only reported in December
-- 2025, not dated to it; Lavrov's words are undated in an article of 17 Feb 2025.
update proposal set short_title = 'US initial proposals (by Dec 2025)' where id = 3;
update proposal set short_title = 'Russia''s Donetsk demand (by Dec 2025)' where id = 9;
update proposal set title = 'Russia''s territorial demands (stated by February 2025)', short_title = 'Russia''s demands (by Feb 2025)', summary = 'Not a document: Russia''s territorial demands as Foreign Minister Sergei Lavrov stated them in Moscow, reported on 17 Feb 2025. Russia will not accept any deal that cedes territory it has gained, and Moscow wants the entirety of the four regions it illegally annexed.' where id = 8;

-- Ben Hodges is paraphrased, never quoted.
update actor set description = 'Retired U.S. Army general, cited as an expert; he speaks for no government.' where id = 70;

-- Ukraine, February 2025, territory: "reluctant to give up all of the roughly 20%" is reluctance,
-- not opposition, and the summary must not drop "all of".
update actor_position set stance = 'SCEPTICAL', summary = 'Reluctant to give up all of the roughly 20% of Ukraine in Russian hands', note = 'Rests on the outlet''s own account of Zelensky''s reluctance to give up all of the territory in Russian hands.' where id = 32;

-- Facts the articles state that were missing.
-- Source 2: von der Leyen's account of Trump's assurance (only her quote was stored).
insert into statement (id, source_id, speaker_id, on_behalf_of_id, speaker_label, attribution, according_to, said_on, date_precision, date_qualifier, text, excerpt, confidence, event_id, provision_id, context)
select 67, 2, 59, 31, null, 'PARAPHRASED', null, date '2025-09-01', 'MONTH', 'NO_LATER_THAN', 'Trump personally assured European leaders of a U.S. presence as part of the mission.', 'Von der Leyen added that President Donald Trump had personally assured European leaders of a U.S. presence as part of the mission: “This has been very clear and confirmed several times.”', 'SINGLE_SOURCE', null, null, 'Von der Leyen''s account of Trump''s assurance; the article does not say when Trump gave it or when she spoke, only that it is by its own date (about 1 Sep 2025, itself estimated).'
where not exists (select 1 from statement where id = 67);
-- Source 2: Merz's warning to ZDF (only the fragment "is not an option" was stored).
insert into statement (id, source_id, speaker_id, on_behalf_of_id, speaker_label, attribution, according_to, said_on, date_precision, date_qualifier, text, excerpt, confidence, event_id, provision_id, context)
select 68, 2, 53, 6, null, 'PARAPHRASED', 'ZDF', date '2025-09-01', 'MONTH', 'NO_LATER_THAN', 'The war could drag on, but ending it at Ukraine''s expense "is not an option".', 'Speaking to German broadcaster ZDF, Merz warned that the war could drag on, but insisted that ending it at Ukraine’s expense “is not an option.”', 'SINGLE_SOURCE', null, null, 'Speaking to the German broadcaster ZDF. The article does not say when; known only to be by its date (about 1 Sep 2025, itself estimated).'
where not exists (select 1 from statement where id = 68);
-- Source 3: what Macron advocates, beside his "far-fetched".
insert into statement (id, source_id, speaker_id, on_behalf_of_id, speaker_label, attribution, according_to, said_on, date_precision, date_qualifier, text, excerpt, confidence, event_id, provision_id, context)
select 103, 3, 56, 5, null, 'PARAPHRASED', null, date '2025-02-01', 'MONTH', 'NO_LATER_THAN', 'He advocates a measured and realistic approach to security in Ukraine.', 'Macron has described the idea of a large-scale deployment as “far-fetched,” advocating for a measured and realistic approach to security in Ukraine.', 'SINGLE_SOURCE', null, null, 'The article does not say when; known only to be by its date (February 2025, itself estimated).'
where not exists (select 1 from statement where id = 103);
-- Source 4: the European leaders decry being left out of the U.S.-Russia negotiations.
insert into statement (id, source_id, speaker_id, on_behalf_of_id, speaker_label, attribution, according_to, said_on, date_precision, date_qualifier, text, excerpt, confidence, event_id, provision_id, context)
select 152, 4, 34, 34, null, 'PARAPHRASED', null, date '2025-02-17', 'DAY', 'NO_LATER_THAN', 'They decry Trump''s move to leave them out of the negotiations with Russia.', 'While decrying Trump’s move to leave them out of the negotiations, the European leaders say much of their planning is contingent on U.S. support.', 'SINGLE_SOURCE', (select id from event where id = 2), null, 'The article does not say when; known only to be by its date (17 Feb 2025).'
where not exists (select 1 from statement where id = 152);
-- Source 5: Zelensky's own summary at the press conference (only his quotes were stored).
insert into statement (id, source_id, speaker_id, on_behalf_of_id, speaker_label, attribution, according_to, said_on, date_precision, date_qualifier, text, excerpt, confidence, event_id, provision_id, context)
select 205, 5, 51, 1, null, 'PARAPHRASED', null, date '2025-12-16', 'DAY', 'NO_LATER_THAN', 'Kyiv''s and Washington''s positions on territorial issues do not yet align.', 'Volodymyr Zelensky confirmed that Kyiv’s and Washington’s positions on territorial issues do not yet align. He said this at a joint press conference with German Chancellor Friedrich Merz following the meeting with the U.S. delegation.', 'SINGLE_SOURCE', (select id from event where id = 13), null, 'At the joint press conference with Merz after the meeting with the U.S. delegation; the day is not given.'
where not exists (select 1 from statement where id = 205);

insert into statement_topic (statement_id, topic_id) select 67, 2 where exists (select 1 from statement where id = 67) and not exists (select 1 from statement_topic where statement_id = 67 and topic_id = 2);
insert into statement_topic (statement_id, topic_id) select 103, 2 where exists (select 1 from statement where id = 103) and not exists (select 1 from statement_topic where statement_id = 103 and topic_id = 2);
insert into statement_topic (statement_id, topic_id) select 205, 5 where exists (select 1 from statement where id = 205) and not exists (select 1 from statement_topic where statement_id = 205 and topic_id = 5);

-- Evidence: the U.S. "support without ground troops" position of Sep 2025 rests on von der Leyen's
-- account too; Ukraine's December territory position on Zelensky's own summary.
insert into position_evidence (position_id, statement_id) select 14, 67 where exists (select 1 from actor_position where id = 14) and exists (select 1 from statement where id = 67) and not exists (select 1 from position_evidence where position_id = 14 and statement_id = 67);
insert into position_evidence (position_id, statement_id) select 33, 205 where exists (select 1 from actor_position where id = 33) and exists (select 1 from statement where id = 205) and not exists (select 1 from position_evidence where position_id = 33 and statement_id = 205);

-- History: one revision for the review, with the audit rows of what it changed or added.
insert into revision (created_at, username) values (1796029200000, 'shipped-data review');
insert into actor_aud (id, rev, revtype, slug, name, kind, iso_code, description, retired)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.slug, t.name, t.kind, t.iso_code, t.description, t.retired from actor t where t.id in (70);
insert into event_aud (id, rev, revtype, slug, name, kind, starts_on, ends_on, date_note, place, description, retired, status, date_precision, date_qualifier, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.slug, t.name, t.kind, t.starts_on, t.ends_on, t.date_note, t.place, t.description, t.retired, t.status, t.date_precision, t.date_qualifier, t.excerpt, t.confidence from event t where t.id in (14);
insert into proposal_aud (id, rev, revtype, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public, retired, date_precision, date_qualifier, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.slug, t.title, t.short_title, t.kind, t.status, t.presented_on, t.presented_at_id, t.supersedes_id, t.derived_from_id, t.summary, t.text_public, t.retired, t.date_precision, t.date_qualifier, t.excerpt, t.confidence from proposal t where t.id in (3, 8, 9);
insert into actor_position_aud (id, rev, revtype, actor_id, topic_id, stance, valid_from, source_id, summary, note, retired, date_precision, date_qualifier, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 1, t.actor_id, t.topic_id, t.stance, t.valid_from, t.source_id, t.summary, t.note, t.retired, t.date_precision, t.date_qualifier, t.excerpt, t.confidence from actor_position t where t.id in (32);
insert into statement_aud (id, rev, revtype, speaker_id, on_behalf_of_id, said_on, text, source_id, event_id, provision_id, context, retired, attribution, according_to, speaker_label, date_precision, date_qualifier, excerpt, confidence)
select t.id, (select max(id) from revision where username = 'shipped-data review'), 0, t.speaker_id, t.on_behalf_of_id, t.said_on, t.text, t.source_id, t.event_id, t.provision_id, t.context, t.retired, t.attribution, t.according_to, t.speaker_label, t.date_precision, t.date_qualifier, t.excerpt, t.confidence from statement t where t.id in (67, 68, 103, 152, 205);
insert into statement_topic_aud (rev, revtype, statement_id, topic_id)
select (select max(id) from revision where username = 'shipped-data review'), 0, t.statement_id, t.topic_id from statement_topic t where t.statement_id in (67, 103, 205);
insert into position_evidence_aud (rev, revtype, position_id, statement_id)
select (select max(id) from revision where username = 'shipped-data review'), 0, e.position_id, e.statement_id from position_evidence e where (e.position_id = 14 and e.statement_id = 67) or (e.position_id = 33 and e.statement_id = 205);
