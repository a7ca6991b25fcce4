-- Shipped data, part 2 of 4: events (with participants and sources), proposals (with proposers,
-- sources, endorsements) and their provisions (with sources), as the five seed articles report them.
--
-- Id blocks: events 1-49, proposals 1-19, endorsements 1-99, provisions 1-199
-- (US package 1-9, European statement 21-26, initial US proposals 31, US outline Feb 2025 41-46,
-- Macron proposal 51, European force plan Feb 2025 61-63, European plans Sep 2025 71-73,
-- Russia's demands 81-83).
-- Sources: 1 = 000 (16 Dec 2025), 2 = 001 RksNews (c. 1 Sep 2025), 3 = 002 (c. 14 Feb 2025),
-- 4 = 003 The War Zone (17 Feb 2025), 5 = 004 (16 Dec 2025).
-- starts_on is required: where an article gives only a relative, scheduled or unknown date the best
-- date it supports is used and date_note says so.

-- Events: Article 002 (c. 14 Feb 2025)
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description) values
    (1, 'brussels-meeting-2024-12', 'Brussels meeting of European leaders and EU officials with Zelenskyy', 'MEETING', date '2024-12-01', null, '002 says only "In December" (December 2024, before the article of c. 14 Feb 2025); the day is not given, so the first of the month stands for month precision.', 'Brussels', 'Leaders from Britain, Denmark, France, Germany, Italy, the Netherlands and Poland, along with top EU officials, conferred with Zelenskyy on a security framework; the talks were influenced by Macron''s earlier proposal of troop deployment.');

insert into event_participant (event_id, actor_id) values
    (1, 4),
    (1, 12),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (1, 9),
    (1, 30),
    (1, 1),
    (1, 51);

insert into event_source (event_id, source_id) values
    (1, 3);

-- Events: Article 003, The War Zone (17 Feb 2025)
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description) values
    (2, 'us-leaves-europe-out-2025-02', 'Trump administration cuts Europe out of the negotiations with Russia', 'OTHER', date '2025-02-10', null, '"last week" relative to Monday 17 Feb 2025 (003): the week of 10-16 Feb 2025; the day is not given, the Monday of that week is used.', null, 'The US left European nations out of its negotiations with Moscow; the move spurred the French-led effort to ramp up discussions about committing troops (003). European leaders decried it.'),
    (3, 'hegseth-outline-2025-02', 'Hegseth sets out the Trump administration''s outline for Ukraine', 'OTHER', date '2025-02-10', null, '"last week" relative to Monday 17 Feb 2025 (003): the week of 10-16 Feb 2025; the day is not given, the Monday of that week is used. 002 reports the same remarks without a date.', null, 'Defense Secretary Pete Hegseth cast doubt on Ukraine reclaiming the land lost since 2014, called NATO membership unlikely, and said European and non-European troops should provide a security guarantee as part of a non-NATO mission not covered by Article Five, with robust international oversight of the line of contact (003, 002). 003 points to a video of the remarks; neither article says where they were made.'),
    (4, 'starmer-telegraph-op-ed-2025-02-16', 'Starmer''s opinion piece in The Telegraph', 'PUBLICATION', date '2025-02-16', null, '"On Sunday" relative to Monday 17 Feb 2025 (003).', null, 'Starmer broached contributing UK troops to a peacekeeping force ("putting our own troops on the ground if necessary") and restated 3 billion pounds a year of military aid through at least 2030.'),
    (5, 'paris-meeting-2025-02-17', 'Paris meeting of European leaders on troops for Ukraine', 'MEETING', date '2025-02-17', null, '"today" in 003 (17 Feb 2025).', 'Paris', 'French-led meeting of the leaders of several European nations on whether to send troops to help bolster any deal to end the war, and what they would do there; much depends on what support the US would provide. 003 names France as the organiser and Tusk as flying in; it does not list the other attendees.'),
    (6, 'washington-post-report-2025-02-17', 'Washington Post report on European troop numbers', 'PUBLICATION', date '2025-02-17', null, '"on Monday" in 003 = 17 Feb 2025.', null, 'Citing four officials with knowledge of the plans: European nations could contribute upwards of 30,000 troops, not stationed along the contact line and backstopped by forces outside Ukraine; France estimates it could commit nearly 10,000.'),
    (7, 'us-russia-talks-saudi-arabia-2025-02', 'US-Russia negotiations in Saudi Arabia', 'TALKS', date '2025-02-18', null, 'Scheduled: "set to begin tomorrow in Saudi Arabia" in 003 (17 Feb 2025), i.e. 18 Feb 2025; the article does not report how they went or how long they lasted.', 'Saudi Arabia', 'Negotiations between Washington and Moscow with no seat for European nations; Zelensky complained he was not invited although Trump had promised he would be part of any negotiations.');

insert into event_participant (event_id, actor_id) values
    (2, 3),
    (3, 3),
    (3, 64),
    (4, 55),
    (4, 4),
    (5, 5),
    (5, 9),
    (5, 57),
    (5, 34),
    (6, 35),
    (7, 3),
    (7, 2);

insert into event_source (event_id, source_id) values
    (2, 4),
    (3, 4),
    (3, 3),
    (4, 4),
    (5, 4),
    (6, 4),
    (7, 4);

-- Events: Article 001, RksNews (c. 1 Sep 2025)
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description) values
    (8, 'von-der-leyen-frontline-tour-2025-08', 'Von der Leyen tours EU states bordering Russia', 'VISIT', date '2025-08-30', date '2025-08-31', '"Over the weekend" before 001 (dated c. 1 Sep 2025): Saturday 30 - Sunday 31 Aug 2025 (approximate).', 'EU states bordering Russia', 'Tour focused on increased defence spending and military preparedness; the states visited are not named.'),
    (9, 'russian-strikes-energy-2025-08-31', 'Russian airstrikes on Ukrainian energy infrastructure', 'STRIKE', date '2025-08-31', null, null, 'Ukraine (at least two regions)', 'Airstrikes on energy infrastructure in at least two regions despite ongoing diplomacy; in response Zelensky vowed to keep defending Ukraine and to expand long-range strikes inside Russia.'),
    (10, 'syrskyi-battlefield-update-2025-08', 'Syrskyi gives Zelensky a battlefield update', 'MEETING', date '2025-08-31', null, '001 does not date it; it preceded Zelensky''s X post in response to the strikes of 31 Aug 2025, so it is dated to that day (approximate).', null, 'General Oleksandr Syrskyi (spelled "Syrskiy" in 001) briefed Zelensky, who then posted that forces and resources are ready and new deep strikes have been planned.'),
    (11, 'paris-summit-2025-09-04', 'Paris summit on European troop plans for Ukraine', 'SUMMIT', date '2025-09-04', null, 'Scheduled: previewed by 001 (c. 1 Sep 2025) as an upcoming "high-level summit in Paris on September 4"; participants are the attendees it lists as "set to include".', 'Paris', 'Hosted by French President Emmanuel Macron to discuss the plans for a multinational troop deployment further; expected: Merz, Starmer, Rutte and von der Leyen.');

insert into event_participant (event_id, actor_id) values
    (8, 59),
    (8, 31),
    (9, 2),
    (9, 1),
    (10, 51),
    (10, 68),
    (10, 1),
    (11, 56),
    (11, 5),
    (11, 53),
    (11, 6),
    (11, 55),
    (11, 4),
    (11, 60),
    (11, 32),
    (11, 59),
    (11, 31);

insert into event_source (event_id, source_id) values
    (8, 2),
    (9, 2),
    (10, 2),
    (11, 2);

-- Events: Article 004 (16 Dec 2025) with 000
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description) values
    (12, 'berlin-talks-2025-12-14', 'US-Ukraine talks in Berlin', 'TALKS', date '2025-12-14', date '2025-12-15', null, 'Berlin', 'Talks between the US delegation (Witkoff, Kushner) and the Ukrainian delegation (Zelensky, Umerov) on a plan to end the war and on security guarantees; the US presented its security package to Zelensky and European officials. Difficult talks, sharpest over territory (Axios); both sides reported "significant progress", and about 90% of the issues were said to be agreed.'),
    (13, 'berlin-press-conference-2025-12-15', 'Zelensky and Merz joint press conference in Berlin', 'PRESS_CONFERENCE', date '2025-12-15', null, '004: "following the meeting with the U.S. delegation" (talks of 14-15 Dec); the day is not stated, dated to the talks'' last day.', 'Berlin', 'Zelensky confirmed that Kyiv''s and Washington''s positions on territory do not yet align.'),
    (14, 'european-joint-statement-2025-12-15', 'European leaders'' joint statement on security guarantees for Ukraine', 'PUBLICATION', date '2025-12-15', null, 'Neither article dates the release: 004 says it came "at the same time" as the 14-15 Dec Berlin talks and 000 reports it on 16 Dec 2025; dated 15 Dec 2025.', null, 'Joint statement of the heads of the UK, France, Germany and eight other European nations (not named in the articles): six commitments on security guarantees and reconstruction, including readiness to lead "multinational forces for Ukraine".'),
    (15, 'trump-leaders-call-2025-12-15', 'Trump''s call with European leaders and Zelensky', 'PHONE_CALL', date '2025-12-15', null, '"on the evening of December 15" (004).', null, 'Trump discussed ending the war by phone with European leaders and Zelensky (004); 000 has Trump describing his talks with Zelensky, European leaders and NATO representatives as "very long and very good".'),
    (16, 'trump-white-house-remarks-2025-12-15', 'Trump''s remarks at the White House on the peace talks', 'OTHER', date '2025-12-15', null, '004 gives no day for the remarks; they followed the call on the evening of 15 Dec and precede the article (16 Dec); dated 15 Dec 2025 (possibly 16 Dec).', 'White House, Washington', 'Trump said "We are closer to peace now than ever before" and reported recent calls with European leaders, Zelensky and Putin.'),
    (17, 'trump-putin-call-2025-12', 'Trump''s phone call with Putin', 'PHONE_CALL', date '2025-12-15', null, 'Date unknown: Trump said he had "recently" spoken with Putin and "did not specify the date" (004); 000 notes "ongoing discussions" with Putin. Placed on 15 Dec 2025, the day of his remarks, as the latest possible date.', null, 'According to Trump, Putin is interested in ending the war.');

insert into event_participant (event_id, actor_id) values
    (12, 3),
    (12, 1),
    (12, 62),
    (12, 63),
    (12, 51),
    (12, 61),
    (12, 34),
    (13, 51),
    (13, 53),
    (13, 1),
    (13, 6),
    (14, 4),
    (14, 5),
    (14, 6),
    (14, 34),
    (15, 50),
    (15, 3),
    (15, 51),
    (15, 1),
    (15, 34),
    (15, 32),
    (16, 50),
    (16, 3),
    (17, 50),
    (17, 52),
    (17, 3),
    (17, 2);

insert into event_source (event_id, source_id) values
    (12, 5),
    (12, 1),
    (13, 5),
    (14, 5),
    (14, 1),
    (15, 5),
    (15, 1),
    (16, 5),
    (17, 5),
    (17, 1);

-- Events: Article 000 (16 Dec 2025)
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description) values
    (18, 'hague-claims-commission-launch', 'Launch of the International Claims Commission in The Hague', 'MEETING', date '2025-12-16', null, 'Scheduled, date unknown: 000 (16 Dec 2025) says leaders "are scheduled to meet in The Hague" without a date; the article date stands in as a placeholder (the meeting comes later).', 'The Hague', 'Leaders, including Zelensky, to launch an International Claims Commission to secure compensation for damage caused by Russian military actions and alleged war crimes.');

insert into event_participant (event_id, actor_id) values
    (18, 51),
    (18, 1),
    (18, 34);

insert into event_source (event_id, source_id) values
    (18, 1);

-- Proposals: Proposals reported in February 2025 (002, 003), with the earlier Macron proposal they derive from
insert into proposal (id, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public) values
    (5, 'macron-troop-proposal-2024', 'Macron''s proposal of troop deployment in Ukraine', 'Macron proposal (2024)', 'PLAN', 'REPORTED', date '2024-02-01', null, null, null, '002 reports "an earlier proposal from French President Emmanuel Macron, who suggested the possibility of troop deployment in Ukraine", which initially met with resistance from some European leaders and influenced the December (2024) Brussels talks. No date is given: it came before December 2024, and 002 says troop discussions had been going on "for about a year" as of c. Feb 2025, so it is dated to early 2024 (month precision, approximate).', false),
    (4, 'us-outline-2025-02', 'Trump administration''s broad outline for a Ukraine deal, set out by Hegseth (February 2025)', 'US outline (Feb 2025)', 'DECLARATION', 'REPORTED', date '2025-02-10', 3, null, null, 'Broad outlines painted by Trump administration officials "last week" (003: the week of 10 Feb 2025, day not given) and also reported by 002: security guaranteed by capable European and non-European troops in a non-NATO mission not covered by Article Five; robust international oversight of the line of contact; NATO membership unlikely; doubt that Ukraine can reclaim the land lost since 2014; no US troops. "The exact terms have yet to be announced" (003); Trump later concurred on territory and NATO.', false),
    (6, 'european-force-plan-2025-02', 'European plan to deploy troops to Ukraine after a peace deal (February 2025)', 'European force plan (Feb 2025)', 'PLAN', 'REPORTED', date '2025-02-14', null, null, 5, 'A coalition of European nations, with Britain and France taking the lead in the discussions, is "quietly formulating a plan" to deploy troops to Ukraine to bolster security after a future peace agreement (002); the specifics stay undisclosed so as not to give Putin an advantage, and composition and size are open. The Washington Post (17 Feb 2025, via 003) reported upwards of 30,000 troops, away from the contact line and backstopped by forces outside Ukraine; European leaders say their planning is contingent on US support. Derived from Macron''s earlier proposal, which 002 says influenced the talks.', false),
    (8, 'russia-demands-2025', 'Russia''s territorial demands', 'Russia''s demands (2025)', 'DECLARATION', 'REPORTED', date '2025-02-17', null, null, null, 'Not a document: Russia''s demands as reported at two dates. Lavrov (003, Feb 2025): Russia will not accept any deal that cedes territory it has gained and wants the entirety of the four regions it illegally annexed. 004 (Dec 2025): Moscow has advanced the demand that Ukrainian forces withdraw from Donetsk Oblast; Zelensky calls territorial concessions "demands from the Russian Federation".', false);

insert into proposal_proposer (proposal_id, actor_id) values
    (5, 56),
    (5, 5),
    (4, 3),
    (4, 64),
    (6, 34),
    (6, 4),
    (6, 5),
    (8, 2),
    (8, 66);

insert into proposal_source (proposal_id, source_id) values
    (5, 3),
    (4, 4),
    (4, 3),
    (6, 3),
    (6, 4),
    (8, 4),
    (8, 5);

-- Proposals: Proposal reported in September 2025 (001)
insert into proposal (id, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public) values
    (7, 'european-deployment-plan-2025-09', 'European plans for a multinational troop deployment with US support (September 2025)', 'European plans (Sep 2025)', 'PLAN', 'REPORTED', date '2025-09-01', null, null, null, 'Von der Leyen (001): European allies are working on "very precise plans" to deploy troops in Ukraine if a peace agreement is reached, with the full backing of the United States ("a clear plan and an agreement with the White House"); the political decision of each country is still needed. Reported terms: US command, control, intelligence and surveillance but no ground troops; tens of thousands of European soldiers under consideration. To be discussed further at the Paris summit of 4 Sep 2025.', false);

insert into proposal_proposer (proposal_id, actor_id) values
    (7, 34);

insert into proposal_source (proposal_id, source_id) values
    (7, 2);

-- Proposals: Proposals of December 2025 (004, 000)
insert into proposal (id, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public) values
    (3, 'us-initial-proposals-2025', 'Initial US proposals for ending the war', 'US initial proposals (2025)', 'DRAFT', 'SUPERSEDED', date '2025-12-14', null, null, null, '004 says a provision for the withdrawal of Ukrainian forces from Donetsk Oblast, including areas not under Russian control, "featured in the initial U.S. proposals". Their date and other terms are not given: the date recorded is the start of the Berlin talks of 14-15 Dec 2025, the latest date by which they existed. Superseded by the package the US presented in Berlin.', false),
    (1, 'us-security-package-2025-12', 'US security package for Ukraine presented in Berlin (December 2025)', 'US package (Dec 2025)', 'PLAN', 'PRESENTED', date '2025-12-14', 12, 3, null, 'Presented by the US in Berlin during the talks of 14-15 Dec 2025 with Zelensky and European officials (000, 004). The text is not public and officials declined to disclose details of the guarantees mechanism. Terms as reported: a standing Ukrainian army of 800,000; US ceasefire monitoring and verification; a European commitment, under national procedures, to restore peace after a future armed attack; support for EU accession; "Article 5-like" guarantees with very robust deterrence; no US ground troops; a 50/50 split of the Zaporizhzhia plant''s electricity; territory unresolved. US officials say about 90% of the issues are agreed; according to US sources Kyiv and European leaders responded positively, seeing it as the strongest set of security protocols ever offered. 000 presents the European joint statement as part of this broader package.', false),
    (2, 'european-statement-2025-12-15', 'Joint statement of European leaders on security guarantees for Ukraine (15 December 2025)', 'European statement (15 Dec 2025)', 'JOINT_STATEMENT', 'PRESENTED', date '2025-12-15', 14, null, null, 'Joint statement of the heads of the UK, France, Germany "and eight other European nations" (000; the eight are not named in the articles, so only the three named signatories are recorded as endorsements). In six commitments (004) it outlines Europe''s and the United States'' commitments to security guarantees for Ukraine and to postwar reconstruction, and declares Europe''s readiness to lead "multinational forces" in Ukraine. 000 places it within the broader US-backed security package; 004 says it remains unclear whether it fully aligns with Washington''s proposals.', true);

insert into proposal_proposer (proposal_id, actor_id) values
    (3, 3),
    (1, 3),
    (2, 4),
    (2, 5),
    (2, 6);

insert into proposal_source (proposal_id, source_id) values
    (3, 5),
    (1, 1),
    (1, 5),
    (2, 5),
    (2, 1);

-- Endorsements. The European statement's eight unnamed signatories are not recorded (see the proposal summary).
insert into endorsement (id, proposal_id, actor_id, kind, endorsed_on, source_id, note) values
    (1, 7, 3, 'ENDORSED', date '2025-09-01', 2, 'Per von der Leyen (001): "We have a clear plan and an agreement with the White House"; the initiative would have the full backing of the United States. Dated to the article.'),
    (2, 2, 4, 'SIGNED', date '2025-12-15', 1, 'Named by 000 among the heads who issued the joint statement.'),
    (3, 2, 5, 'SIGNED', date '2025-12-15', 1, 'Named by 000 among the heads who issued the joint statement.'),
    (4, 2, 6, 'SIGNED', date '2025-12-15', 1, 'Named by 000 among the heads who issued the joint statement.'),
    (5, 1, 1, 'WELCOMED', date '2025-12-15', 1, 'According to U.S. sources, Kyiv responded positively, viewing the package as the strongest set of security protocols ever offered (000).'),
    (6, 1, 34, 'WELCOMED', date '2025-12-15', 1, 'According to U.S. sources, European leaders responded positively, viewing the package as the strongest set of security protocols ever offered (000).');

-- Provisions: US security package, Dec 2025 (000, 004)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (1, 1, 1, 1, 'Ukraine would maintain a standing army of 800,000 troops.', false, 800000, 800000, 'troops', '800,000'),
    (2, 1, 2, 3, 'America would provide a ceasefire monitoring and verification mechanism to detect any renewed Russian aggression.', false, null, null, null, null),
    (3, 1, 3, 4, 'European nations would commit, under national procedures, to restoring peace and security in the event of a future armed attack.', false, null, null, null, null),
    (4, 1, 4, 8, 'The plan would support Ukraine''s bid to join the European Union.', false, null, null, null, null),
    (5, 1, 5, 4, 'U.S. security guarantees comparable to those of NATO''s charter: "Article 5-like" guarantees comparable to NATO''s protection for member states (000); "extremely strong guarantees—essentially equivalent to Article 5" (U.S. officials, 004). How they would be implemented is undisclosed.', false, null, null, null, null),
    (6, 1, 6, 1, 'Very robust deterrence mechanisms concerning the size of Ukraine''s armed forces and the weapons available to them (U.S. officials, 004).', false, null, null, null, null),
    (7, 1, 7, 2, 'No U.S. troops would be deployed on the ground in Ukraine under the plan.', false, null, null, null, null),
    (8, 1, 8, 6, 'A 50/50 split of the electricity produced by the Russian-controlled Zaporizhzhia nuclear power plant between Ukraine and Russia, proposed by U.S. negotiators (000); one option under discussion, "close to an overall agreement" per a U.S. representative (004).', false, 50, 50, 'percent each', '50/50'),
    (9, 1, 9, 5, 'Territory left open: the U.S. side pressed for the withdrawal of Ukrainian forces from Donetsk Oblast, including areas not under Russian control (sources cited by AFP); U.S. officials say Trump does not intend to "pressure" Ukraine on territory, leaving Kyiv free to decide. Territory and the Zaporizhzhia plant were the main issues still open.', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (1, 1),
    (2, 1),
    (3, 1),
    (4, 1),
    (5, 1),
    (5, 5),
    (6, 5),
    (7, 1),
    (8, 1),
    (8, 5),
    (9, 5),
    (9, 1);

-- Provisions: European six-point statement, 15 Dec 2025: the six commitments in 004's order (000 adds detail to 2)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (21, 2, 1, 1, 'Sustained military support for Kyiv, with Ukraine''s armed forces numbering up to 800,000 personnel in peacetime to deter aggression and defend the country''s territory.', false, null, 800000, 'personnel', 'up to 800,000'),
    (22, 2, 2, 2, '"Multinational forces for Ukraine", led by Europe under a "coalition of the willing" with U.S. backing, to rebuild Ukraine''s armed forces, ensure security in the air and at sea (securing its airspace and protecting maritime routes) and, if necessary, conduct operations on Ukrainian territory.', false, null, null, null, null),
    (23, 2, 3, 3, 'Monitoring of a ceasefire, led by the United States with international participation, to provide early warning of attacks, document violations and respond to them.', false, null, null, null, null),
    (24, 2, 4, 4, 'Security guarantees that establish a legal obligation to respond to any renewed attack using military, intelligence, economic and diplomatic means.', false, null, null, null, null),
    (25, 2, 5, 7, 'Investment in Ukraine''s reconstruction, including financing rebuilding efforts, trade agreements and compensation for damage from Russia, while maintaining the freeze on Russian assets in the EU.', false, null, null, null, null),
    (26, 2, 6, 8, 'Reaffirmed support for Ukraine''s accession to the European Union.', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (21, 5),
    (22, 5),
    (22, 1),
    (23, 5),
    (24, 5),
    (25, 5),
    (26, 5);

-- Provisions: Initial US proposals (004)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (31, 3, 1, 5, 'Withdrawal of Ukrainian forces from Donetsk Oblast, including areas that at the time were not under Russian control.', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (31, 5);

-- Provisions: US outline, Feb 2025 (003, 002)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (41, 4, 1, 2, 'Capable European and non-European troops to provide the security guarantee, deployed as part of a non-NATO mission.', false, null, null, null, null),
    (42, 4, 2, 4, 'Those troops should not be covered under Article Five, NATO''s mutual-aid clause.', false, null, null, null, null),
    (43, 4, 3, 3, 'Robust international oversight of the line of contact as part of any security guarantee.', false, null, null, null, null),
    (44, 4, 4, 9, 'NATO membership for Ukraine is unlikely.', false, null, null, null, null),
    (45, 4, 5, 5, 'Doubt that Ukraine can reclaim the land lost since Russia first invaded in 2014.', false, null, null, null, null),
    (46, 4, 6, 2, 'No U.S. troops: the U.S. has ruled out providing troops (003); any U.S. troop involvement is unlikely (002).', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (41, 4),
    (41, 3),
    (42, 4),
    (43, 4),
    (43, 3),
    (44, 4),
    (44, 3),
    (45, 4),
    (46, 4),
    (46, 3);

-- Provisions: Macron's earlier proposal (002)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (51, 5, 1, 2, 'The possibility of deploying troops in Ukraine.', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (51, 3);

-- Provisions: European force plan, Feb 2025 (002, 003 citing the Washington Post)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (61, 6, 1, 2, 'Deploy European troops to Ukraine to bolster its security in the event of a future peace agreement with Russia; composition and size undisclosed.', false, null, null, null, null),
    (62, 6, 2, 2, 'Upwards of 30,000 troops, not stationed along the contact line but standing ready as a show of force if Russian forces tried to restart the war.', false, 30000, null, 'troops', 'upwards of 30,000'),
    (63, 6, 3, 2, 'The troops could be backstopped by more forces outside Ukraine, to ramp up and move quickly.', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (61, 3),
    (61, 4),
    (62, 4),
    (63, 4);

-- Provisions: European plans, Sep 2025 (001)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (71, 7, 1, 2, 'A multinational deployment of European troops in Ukraine if a peace agreement is reached, with the full backing of the United States and a U.S. presence as part of the mission.', false, null, null, null, null),
    (72, 7, 2, 2, 'American forces would provide command, control, intelligence and surveillance equipment, but not ground troops.', false, null, null, null, null),
    (73, 7, 3, 2, 'European allies are considering sending tens of thousands of soldiers.', false, null, null, 'soldiers', 'tens of thousands');

insert into provision_source (provision_id, source_id) values
    (71, 2),
    (72, 2),
    (73, 2);

-- Provisions: Russia's demands (003, 004)
insert into provision (id, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text) values
    (81, 8, 1, 5, 'No deal that cedes territory Russia has gained (Lavrov, Feb 2025).', false, null, null, null, null),
    (82, 8, 2, 5, 'The entirety of the four regions Russia illegally annexed (Lavrov, Feb 2025).', false, null, null, null, null),
    (83, 8, 3, 5, 'Withdrawal of Ukrainian forces from Donetsk Oblast, including areas not under Russian control (a demand Moscow has advanced, reported Dec 2025).', false, null, null, null, null);

insert into provision_source (provision_id, source_id) values
    (81, 4),
    (82, 4),
    (83, 5);
