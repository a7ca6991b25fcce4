-- Shipped data, part 4 of 4: statements (every quote the five articles attribute to a named person
-- or body, and paraphrased attributed claims that carry a stance) with their topics, and the
-- positions (an actor's stance on a topic from a date) with conditions and evidence statements.
--
-- Id blocks: statements 1-299 (000: 1-49, 001: 50-79, 002: 80-119, 003: 120-179, 004: 180-229),
-- positions 1-199 (multinational-force 1-29, territory 30-39, NATO 40-44, security guarantee 45-54,
-- ceasefire monitoring 55-59, army size 60-64, Zaporizhzhia 65-66, reconstruction 67-69,
-- EU accession 70-72, military support 73-76, compensation 77-79).
-- Statements: verbatim = true when the text is exactly the words inside the article's quotation marks
-- (fragments included, with the framing in context; apostrophes and quotation marks in plain ASCII);
-- verbatim = false for paraphrases. said_on: the day said where the article gives or implies it,
-- otherwise the article date, and the context says which. A country or organisation as speaker
-- means the article attributes the words to it (or to its unnamed officials), not to a person.
-- Sources: 1 = 000 (16 Dec 2025), 2 = 001 RksNews (c. 1 Sep 2025), 3 = 002 (c. 14 Feb 2025),
-- 4 = 003 The War Zone (17 Feb 2025), 5 = 004 (16 Dec 2025).

-- Statements: Article 000 (16 Dec 2025)
insert into statement (id, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context) values
    (1, 50, 3, date '2025-12-15', 'very long and very good', true, 1, null, null, null, 'Trump''s description of his recent talks with Zelensky, European leaders and NATO representatives (the call on the evening of 15 Dec, per 004); he noted ongoing discussions with Putin. 000 gives no date for the remark; dated to the call.'),
    (2, 50, 3, date '2025-12-16', 'Ukraine might need to concede parts of the Donbas region as part of any security guarantees.', false, 1, null, null, null, 'Trump''s suggestion, paraphrased by 000, which adds that Zelensky has consistently rejected such territorial compromises. No date given; article date used.'),
    (3, 51, 1, date '2025-12-16', 'Discussions with U.S. envoys were challenging but produced tangible progress, especially on security guarantees, while differences remain regarding the future of occupied territories.', false, 1, null, null, null, 'Zelensky on the Berlin talks of 14-15 Dec; paraphrase. No date given; article date used.'),
    (4, 3, 3, date '2025-12-15', 'No U.S. troops would be deployed on the ground in Ukraine under the plan.', false, 1, null, 12, 7, 'Washington clarified this about the package it presented at the Berlin talks; paraphrase; the day is not given, dated to the talks.'),
    (5, 3, 3, date '2025-12-15', 'Both Kyiv and European leaders responded positively to the package, viewing it as the strongest set of security protocols ever offered.', false, 1, null, 12, null, 'According to U.S. sources; paraphrase; dated to the Berlin talks.'),
    (6, 53, 6, date '2025-12-16', 'The discussions brought the two sides closer to a genuine peace process than ever since Russia''s full-scale invasion in 2022.', false, 1, null, null, null, 'Merz on the Berlin talks; paraphrase. No date given; article date used.'),
    (7, 51, 1, date '2025-12-16', 'The talks were productive.', false, 1, null, null, null, 'Zelensky echoed Merz, describing the talks as productive; paraphrase. No date given; article date used.'),
    (8, 61, 1, date '2025-12-16', 'Real progress had been achieved.', false, 1, null, null, null, 'Umerov, secretary of Ukraine''s National Security and Defense Council, confirmed this about the Berlin talks; paraphrase. No date given; article date used.'),
    (9, 3, 3, date '2025-12-16', 'Approximately 90% of disputes between Russia and Ukraine had been resolved.', false, 1, null, null, null, 'Claim of U.S. officials; paraphrase. No date given; article date used.'),
    (10, 51, 1, date '2025-12-16', 'Russia uses its attacks as leverage in the negotiations; critical infrastructure, including energy, schools and universities, has been repeatedly targeted.', false, 1, null, null, null, 'Paraphrase. No date given; article date used.'),
    (11, 50, 3, date '2025-12-16', 'The conflict should end by Christmas.', false, 1, null, null, null, 'Trump has been pressing for an end to the conflict by Christmas; paraphrase. No date given; article date used.'),
    (12, 51, 1, date '2025-12-16', 'Zelensky is willing to freeze the front lines instead of ceding the entire Donbas region, in exchange for legally binding security guarantees from the West.', false, 1, null, null, null, 'Paraphrase of the willingness 000 reports. No date given; article date used.'),
    (13, 51, 1, date '2025-12-16', 'Zelensky has consistently rejected territorial compromises such as conceding parts of the Donbas region.', false, 1, null, null, null, 'Paraphrase, in reply to Trump''s suggestion. No date given; article date used.'),
    (14, 52, 2, date '2025-12-16', 'Ukraine''s NATO ambitions are a central security threat; Putin has criticised any perceived concessions.', false, 1, null, null, null, 'Paraphrase of Putin''s view as 000 reports it; Moscow is awaiting a briefing on the Berlin talks. No date given; article date used.'),
    (15, 53, 6, date '2025-12-16', 'Putin seeks to redraw Europe''s borders and restore Soviet-era territories; failure to support Ukraine could embolden further Russian aggression.', false, 1, null, null, null, 'Merz''s warning; paraphrase. No date given; article date used.'),
    (16, 69, 4, date '2025-12-16', 'aggressive, expansionist', true, 1, null, null, null, 'The UK''s MI6 chief called Russia an "aggressive, expansionist" threat. No date given; article date used.'),
    (17, 69, 4, date '2025-12-16', 'Moscow is deliberately prolonging negotiations while shifting the war''s burden onto its own population.', false, 1, null, null, null, 'Metreweli''s claim; paraphrase. No date given; article date used.'),
    (18, 30, 30, date '2025-12-16', 'The European Union is working to finalise a plan for funding Ukraine''s reconstruction using frozen Russian assets, though a deal remains uncertain.', false, 1, null, null, null, 'Reported by 000 as the EU''s current work, not as a quote. No date given; article date used.'),
    (19, 34, 34, date '2025-12-16', 'These negotiations will have a lasting impact on continental security.', false, 1, null, null, null, 'European leaders stressed this; paraphrase. No date given; article date used.'),
    (20, 34, 33, date '2025-12-15', 'European leaders are ready to lead a "multinational force" in Ukraine: troops from a coalition of willing countries, supported by the U.S., could assist in rebuilding Ukraine''s armed forces, securing its airspace and protecting maritime routes, including operations within Ukrainian territory.', false, 1, null, 14, 22, 'In the joint statement of the heads of the UK, France, Germany and eight other European nations; paraphrase with the statement''s own words in quotation marks.'),
    (21, 3, 3, date '2025-12-14', 'Under the U.S. proposal, Ukraine would maintain a standing army of 800,000 troops, with America providing a ceasefire monitoring and verification mechanism to detect any renewed Russian aggression; European nations would commit, under national procedures, to restoring peace and security in the event of a future armed attack; the plan would support Ukraine''s bid to join the European Union and provide "Article 5-like" guarantees.', false, 1, null, 12, 1, 'Terms of the package the U.S. presented in Berlin, as 000 reports them; presented during the talks of 14-15 Dec, dated to their first day.'),
    (22, 3, 3, date '2025-12-15', 'U.S. negotiators proposed a 50/50 split of the electricity produced by the Zaporizhzhia nuclear power plant, currently under Russian control.', false, 1, null, 12, 8, 'At the Berlin talks; paraphrase; dated to the talks.'),
    (23, 4, 4, date '2025-12-15', 'The United Kingdom joined the other signatories of the European joint statement in declaring readiness to lead a "multinational force" in Ukraine: troops from a coalition of willing countries, supported by the U.S., to help rebuild Ukraine''s armed forces, secure its airspace and protect maritime routes, including operations within Ukrainian territory.', false, 1, null, 14, 22, 'Said by signing: 000 names the heads of the UK, France and Germany, "and eight other European nations", as issuing the joint statement.'),
    (24, 5, 5, date '2025-12-15', 'France joined the other signatories of the European joint statement in declaring readiness to lead a "multinational force" in Ukraine: troops from a coalition of willing countries, supported by the U.S., to help rebuild Ukraine''s armed forces, secure its airspace and protect maritime routes, including operations within Ukrainian territory.', false, 1, null, 14, 22, 'Said by signing: 000 names the heads of the UK, France and Germany, "and eight other European nations", as issuing the joint statement.'),
    (25, 6, 6, date '2025-12-15', 'Germany joined the other signatories of the European joint statement in declaring readiness to lead a "multinational force" in Ukraine: troops from a coalition of willing countries, supported by the U.S., to help rebuild Ukraine''s armed forces, secure its airspace and protect maritime routes, including operations within Ukrainian territory.', false, 1, null, 14, 22, 'Said by signing: 000 names the heads of the UK, France and Germany, "and eight other European nations", as issuing the joint statement.');

insert into statement_topic (statement_id, topic_id) values
    (2, 5),
    (2, 4),
    (3, 4),
    (3, 5),
    (4, 2),
    (5, 4),
    (12, 5),
    (12, 4),
    (13, 5),
    (14, 9),
    (15, 11),
    (18, 7),
    (20, 2),
    (21, 1),
    (21, 3),
    (21, 4),
    (21, 8),
    (22, 6),
    (23, 2),
    (24, 2),
    (25, 2);

-- Statements: Article 001, RksNews (c. 1 Sep 2025)
insert into statement (id, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context) values
    (50, 59, 31, date '2025-09-01', 'very precise plans', true, 2, 'Financial Times', null, null, 'European allies of Kyiv are working on "very precise plans" to deploy troops in Ukraine if a peace agreement is reached, with the full backing of the United States. No date given; article date (c. 1 Sep 2025) used.'),
    (51, 59, 31, date '2025-09-01', 'Security guarantees are essential and indispensable. We have a clear plan and an agreement with the White House… and this work is progressing very well.', true, 2, 'Financial Times', null, null, 'No date given; article date (c. 1 Sep 2025) used.'),
    (52, 59, 31, date '2025-09-01', 'European leaders are preparing for a multinational troop deployment with American support.', false, 2, null, null, 71, 'Von der Leyen confirmed this after touring EU states bordering Russia over the weekend; paraphrase. No date given; article date (c. 1 Sep 2025) used.'),
    (53, 59, 31, date '2025-09-01', 'Of course, the political decision of each country is necessary, as troop deployment is one of the most important sovereign choices a nation can make. But urgency is high… progress is being made, and the plan is taking concrete shape.', true, 2, null, null, null, 'No date given; article date (c. 1 Sep 2025) used.'),
    (54, 59, 31, date '2025-09-01', 'This has been very clear and confirmed several times.', true, 2, null, null, null, 'On Trump having personally assured European leaders of a U.S. presence as part of the mission. No date given; article date (c. 1 Sep 2025) used.'),
    (55, 53, 6, date '2025-09-01', 'is not an option.', true, 2, 'ZDF', null, null, 'Merz warned that the war could drag on but insisted that ending it at Ukraine''s expense "is not an option". No date given; article date (c. 1 Sep 2025) used.'),
    (56, 53, 6, date '2025-09-01', 'We are trying to end it as soon as possible, but not at the price of Ukraine''s capitulation. The war could end tomorrow if Ukraine surrendered and lost its independence—but that is unacceptable.', true, 2, 'ZDF', null, null, 'No date given; article date (c. 1 Sep 2025) used.'),
    (57, 3, 3, date '2025-09-01', 'American forces would provide command, control, intelligence and surveillance equipment, but not ground troops.', false, 2, null, null, 72, 'According to reports cited by 001 (not named); paraphrase. No date given; article date (c. 1 Sep 2025) used.'),
    (58, 50, 3, date '2025-09-01', 'Ending the Ukraine war is a top priority for his administration.', false, 2, null, null, null, 'Trump has repeatedly said this; paraphrase. No date given; article date (c. 1 Sep 2025) used.'),
    (59, 50, 3, date '2025-09-01', 'Trump is frustrated over Putin''s refusal to meet Zelensky and Moscow''s continued airstrikes on Ukrainian civilian targets.', false, 2, null, null, null, 'Paraphrase. No date given; article date (c. 1 Sep 2025) used.'),
    (60, 59, 31, date '2025-09-01', 'Putin has not changed. He is a predator. [Trump] wants peace, but Putin refuses to negotiate… Trump has had negative experiences with him; Putin does not do what he says.', true, 2, null, null, null, 'Bracketed word as printed by 001. No date given; article date (c. 1 Sep 2025) used.'),
    (61, 51, 1, date '2025-09-01', 'Ukraine needs strong security guarantees from Western allies, especially the U.S., as part of any ceasefire deal with Russia.', false, 2, null, null, null, 'Zelensky''s demand as 001 reports it; paraphrase. No date given; article date (c. 1 Sep 2025) used.'),
    (62, 51, 1, date '2025-08-31', 'Forces and resources are ready. New deep strikes have also been planned.', true, 2, 'X', null, null, 'Posted after a battlefield update from General Oleksandr Syrskyi, in response to the Russian strikes of 31 Aug 2025; the post''s day is not given and is taken as the day of the strikes.'),
    (63, 51, 1, date '2025-08-31', 'Ukraine will continue to defend itself and expand long-range strikes on targets inside Russia.', false, 2, null, null, null, 'Zelensky''s vow in response to the Russian strikes of 31 Aug 2025 (dated to that day); paraphrase.'),
    (64, 34, 34, date '2025-09-01', 'European allies are considering sending tens of thousands of soldiers as part of the peacekeeping operation.', false, 2, null, null, 73, 'According to reports cited by 001; paraphrase. No date given; article date (c. 1 Sep 2025) used.');

insert into statement_topic (statement_id, topic_id) values
    (50, 2),
    (51, 4),
    (51, 2),
    (52, 2),
    (53, 2),
    (54, 2),
    (55, 5),
    (56, 5),
    (57, 2),
    (61, 4),
    (64, 2);

-- Statements: Article 002 (c. 14 Feb 2025)
insert into statement (id, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context) values
    (80, 55, 4, date '2025-02-14', 'if there is peace then there needs to be some sort of security guarantee for Ukraine, and the U.K. will play its part in that.', true, 3, null, null, null, 'Starmer acknowledging the need for security guarantees. No date given; article date (c. 14 Feb 2025) used.'),
    (81, 51, 1, date '2025-02-14', 'Ukraine needs guarantees that its safety will be assured until a lasting peace is established.', false, 3, null, null, null, 'Zelenskyy expressed this necessity; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (82, 1, 1, date '2025-02-14', 'NATO membership has been a long-standing aspiration for Ukraine.', false, 3, null, null, null, 'Stated by 002 as Ukraine''s aspiration, adding that U.S. officials have sidelined this option. No date given; article date (c. 14 Feb 2025) used.'),
    (83, 56, 5, date '2024-02-01', 'Macron suggested the possibility of troop deployment in Ukraine.', false, 3, null, null, 51, 'His earlier proposal, which initially met with resistance from some European leaders and influenced the December 2024 Brussels talks. 002 gives no date: dated to early 2024, approximate (see the proposal).'),
    (84, 51, 1, date '2025-02-14', 'Ukraine needs a substantial foreign contingent, estimating between 100,000 and 150,000 troops.', false, 3, null, null, null, 'Zelenskyy''s estimate; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (85, 7, 7, date '2025-02-14', 'Italian forces face constitutional restrictions on deployment.', false, 3, null, null, null, 'Reported by 002 as a constraint on Italy''s troop contribution, not quoted from an Italian official. No date given; article date (c. 14 Feb 2025) used.'),
    (86, 8, 8, date '2025-02-14', 'The Netherlands would require parliamentary approval to deploy troops.', false, 3, null, null, null, 'Reported by 002 as a constraint, not quoted from a Dutch official. No date given; article date (c. 14 Feb 2025) used.'),
    (87, 6, 6, date '2025-02-14', 'Germany would require parliamentary approval to deploy troops.', false, 3, null, null, null, 'Reported by 002 as a constraint, not quoted from a German official. No date given; article date (c. 14 Feb 2025) used.'),
    (88, 9, 9, date '2025-02-14', 'Poland takes a cautious stance on troop contributions, stemming from historical tensions with Ukraine.', false, 3, null, null, null, 'Reported by 002, not quoted from a Polish official. No date given; article date (c. 14 Feb 2025) used.'),
    (89, 70, null, date '2025-02-14', 'Any European military presence must be a robust military force equipped with airpower and advanced defence systems rather than a traditional peacekeeping mission; a light presence would likely be ineffective against Russian violations.', false, 3, null, null, null, 'Retired U.S. Army General Ben Hodges, speaking as an expert; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (90, 56, 5, date '2025-02-14', 'far-fetched', true, 3, null, null, null, 'Macron''s description of the idea of a large-scale deployment; he advocates a measured and realistic approach to security in Ukraine. No date given; article date (c. 14 Feb 2025) used.'),
    (91, 64, 3, date '2025-02-10', 'International oversight along the conflict''s front lines is important.', false, 3, null, 3, 43, 'Hegseth stressed this; paraphrase. The same remarks 003 dates to "last week" (the week of 10 Feb 2025, day not given; the Monday is used); 002 gives no date.'),
    (92, 64, 3, date '2025-02-10', 'Any U.S. troop involvement is unlikely.', false, 3, null, 3, 46, 'Paraphrase. The same remarks 003 dates to "last week" (the week of 10 Feb 2025, day not given; the Monday is used); 002 gives no date.'),
    (93, 64, 3, date '2025-02-10', 'Any security guarantees for Ukraine would require capable troops from both European and non-European nations.', false, 3, null, 3, 41, 'Paraphrase. The same remarks 003 dates to "last week" (the week of 10 Feb 2025, day not given; the Monday is used); 002 gives no date.'),
    (94, 67, 1, date '2025-02-14', 'The U.S. has an essential role in providing security guarantees; any peace agreement must include robust international backing to ensure long-term stability in the region.', false, 3, null, null, null, 'Ukrainian Foreign Minister Sybiha; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (95, 1, 1, date '2025-02-14', 'Without American support any European-only mission would be ineffective.', false, 3, null, null, null, 'Ukraine''s perspective as 002 reports it; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (96, 34, 34, date '2025-02-14', 'Mobilising such numbers of troops quickly is a challenge, given the varying political and logistical constraints within European countries.', false, 3, null, null, null, 'European leaders acknowledge this (about the 30,000-40,000 to 100,000-150,000 troops discussed); paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (97, 34, 34, date '2025-02-14', 'A coalition of European nations is quietly formulating a plan to deploy troops to Ukraine to bolster security in the event of a future peace agreement with Russia; the specifics are kept undisclosed so as not to give Putin a strategic advantage.', false, 3, null, null, 61, 'As 002 reports it, with Britain and France taking the lead in the discussions; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (98, 3, 3, date '2025-02-14', 'U.S. officials have sidelined NATO membership as an option for Ukraine.', false, 3, null, null, 44, 'Reported by 002 as "recent developments"; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (99, 34, 34, date '2025-02-14', 'Trump might negotiate a deal with Putin that bypasses European interests.', false, 3, null, null, null, 'European leaders are wary of this, 002 reports; paraphrase. No date given; article date (c. 14 Feb 2025) used.'),
    (100, 34, 34, date '2025-02-14', 'A strong military commitment to Ukraine''s security is necessary, despite the complexities of forming such a coalition.', false, 3, null, null, null, 'European leaders are increasingly recognising this, 002 reports; paraphrase. No date given; article date (c. 14 Feb 2025) used.');

insert into statement_topic (statement_id, topic_id) values
    (80, 4),
    (81, 4),
    (82, 9),
    (83, 2),
    (84, 2),
    (85, 2),
    (86, 2),
    (87, 2),
    (88, 2),
    (89, 2),
    (90, 2),
    (91, 3),
    (92, 2),
    (93, 4),
    (93, 2),
    (94, 4),
    (95, 2),
    (95, 4),
    (96, 2),
    (97, 2),
    (98, 9),
    (100, 2);

-- Statements: Article 003, The War Zone (17 Feb 2025)
insert into statement (id, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context) values
    (120, 50, 3, date '2025-02-17', 'European nations could play a peacekeeping role in Ukraine.', false, 4, null, null, null, 'Trump''s suggestion, made while not giving European nations a seat at the negotiating table; paraphrase. No date given; article date (17 Feb 2025) used.'),
    (121, 35, null, date '2025-02-17', 'who would not be stationed along the contact line but would stand ready as a show of force if Russian forces tried to restart the war', true, 4, 'The Washington Post', 6, 62, 'On the upwards of 30,000 troops European nations could contribute, citing four officials with knowledge of the plans ("on Monday", 17 Feb 2025).'),
    (122, 35, null, date '2025-02-17', 'The troops could be backstopped by more forces outside Ukraine in case they need to ramp up and move quickly.', true, 4, 'The Washington Post', 6, 63, 'Citing four officials with knowledge of the plans ("on Monday", 17 Feb 2025).'),
    (123, 34, 34, date '2025-02-17', 'Much of European planning is contingent on U.S. support.', false, 4, null, null, null, 'European leaders say this while decrying Trump''s move to leave them out of the negotiations; paraphrase. No date given; article date (17 Feb 2025) used.'),
    (124, 3, 3, date '2025-02-17', 'To date, the U.S. has ruled out providing troops.', false, 4, null, null, 46, 'As 003 reports the U.S. position; paraphrase. No date given; article date (17 Feb 2025) used.'),
    (125, 65, 3, date '2025-02-17', 'the policy has always been that you take no options off the table', true, 4, 'Reuters', null, null, 'Trump''s peace envoy "on Monday" (17 Feb 2025), on whether the U.S. might provide troops, which it had so far ruled out.'),
    (126, 35, null, date '2025-02-17', 'has done more advanced military planning than others and estimates that it could commit nearly 10,000 troops', true, 4, 'The Washington Post', 6, null, 'Of France, as "the Post posited" ("on Monday", 17 Feb 2025).'),
    (127, 55, 4, date '2025-02-16', 'means being ready and willing to contribute to security guarantees to Ukraine by putting our own troops on the ground if necessary.', true, 4, 'The Telegraph', 4, null, 'Starmer wrote that supporting Kyiv "means being ready and willing ..."; opinion piece published "On Sunday" (16 Feb 2025).'),
    (128, 55, 4, date '2025-02-16', 'I do not say that lightly. I feel very deeply the responsibility that comes with potentially putting British servicemen and women in harm''s way. But any role in helping to guarantee Ukraine''s security is helping to guarantee the security of our continent, and the security of this country.', true, 4, 'The Telegraph', 4, null, 'Same opinion piece (16 Feb 2025); he gave no specifics.'),
    (129, 55, 4, date '2025-02-16', 'The UK guarantees Ukraine 3 billion pounds (about $3.79 billion) per year in military aid through at least 2030.', false, 4, 'The Telegraph', 4, null, 'Same opinion piece (16 Feb 2025); paraphrase.'),
    (130, 11, 11, date '2025-02-17', 'Sweden would not rule out sending troops to Ukraine if necessary.', false, 4, null, null, null, 'Paraphrase; 003 calls Sweden and the Netherlands "more vague about offering to send forces". No date given; article date (17 Feb 2025) used.'),
    (131, 8, 8, date '2025-02-17', 'not negative', true, 4, null, null, null, 'The Netherlands is "not negative" about a European peacekeeping force in Ukraine. No date given; article date (17 Feb 2025) used.'),
    (132, 6, 6, date '2025-02-17', 'Germany dismissed the possibility of sending troops, at least in the near term.', false, 4, null, null, null, '003: "Germany, Poland and Spain each dismissed the possibility of sending troops, at least in the near term." No date given; article date (17 Feb 2025) used.'),
    (133, 9, 9, date '2025-02-17', 'Poland dismissed the possibility of sending troops, at least in the near term.', false, 4, null, null, null, '003: "Germany, Poland and Spain each dismissed the possibility of sending troops, at least in the near term." No date given; article date (17 Feb 2025) used.'),
    (134, 10, 10, date '2025-02-17', 'Spain dismissed the possibility of sending troops, at least in the near term.', false, 4, null, null, null, '003: "Germany, Poland and Spain each dismissed the possibility of sending troops, at least in the near term." No date given; article date (17 Feb 2025) used.'),
    (135, 54, 6, date '2025-02-17', 'Unfortunately we are still a long way off', true, 4, 'Süddeutsche Zeitung', null, null, 'From a decision to send troops. No date given; article date (17 Feb 2025) used.'),
    (136, 54, 6, date '2025-02-17', 'it''s quite clear that a very strong Ukrainian army, even in peacetime, must be at the core', true, 4, 'Süddeutsche Zeitung', null, null, '... of any solution. No date given; article date (17 Feb 2025) used.'),
    (137, 57, 9, date '2025-02-17', 'does not foresee sending Polish soldiers to Ukraine', true, 4, null, null, null, 'Said of Warsaw, to reporters before boarding a flight to Paris for the meeting of 17 Feb 2025.'),
    (138, 58, 10, date '2025-02-17', 'Nobody is currently considering sending troops to Ukraine', true, 4, 'Financial Times', null, null, 'No date given; article date (17 Feb 2025) used.'),
    (139, 58, 10, date '2025-02-17', 'Peace is still very far away and for one reason only: Vladimir Putin.', true, 4, 'Financial Times', null, null, 'No date given; article date (17 Feb 2025) used.'),
    (140, 58, 10, date '2025-02-17', 'have to consider for what mission, who will comprise it, under what flag, with what mandate', true, 4, 'Financial Times', null, null, 'Any discussion of troop deployments or peacekeepers would "have to consider ...". No date given; article date (17 Feb 2025) used.'),
    (141, 51, 1, date '2025-02-17', 'I believe that this is the first platform for the future creation of such a force — the Armed Forces of Europe, such an army that will be able to respond in the sky, on water, on land, with drones in artificial intelligence, as well as in the event of a Russian offensive', true, 4, null, null, null, 'Zelensky on backing a future peace deal. No date given; article date (17 Feb 2025) used.'),
    (142, 51, 1, date '2025-02-17', 'Foreign boots on Ukrainian soil are not the only option to back up a future peace deal; a foreign military presence does not necessarily mean troops stationed on Ukrainian soil but could include air defence systems and weapons.', false, 4, null, null, null, 'Paraphrase. No date given; article date (17 Feb 2025) used.'),
    (143, 64, 3, date '2025-02-10', 'Ukraine''s ability to reclaim the land lost since Russia first invaded in 2014 is in doubt.', false, 4, null, 3, 45, 'Hegseth cast doubt on it; paraphrase. "last week" in 003: the week of 10 Feb 2025 (day not given; the Monday is used).'),
    (144, 64, 3, date '2025-02-10', 'NATO membership for Ukraine is unlikely.', false, 4, null, 3, 44, 'Paraphrase. "last week" in 003: the week of 10 Feb 2025 (day not given; the Monday is used).'),
    (145, 50, 3, date '2025-02-17', 'Trump concurred with Hegseth that Ukraine''s ability to reclaim the land lost since 2014 is in doubt and that NATO membership is unlikely.', false, 4, null, null, null, '"Trump later concurred with both of those stances"; some time between the remarks (week of 10 Feb) and the article; article date used.'),
    (146, 64, 3, date '2025-02-10', 'should be deployed as part of a non-NATO mission, and they should not be covered under Article Five [NATO charter of mutual aid]. There also must be robust international oversight of the line of contact to be clear as part of any security guarantee.', true, 4, null, 3, 41, 'On the European and non-European troops the Trump administration wants to provide a security guarantee; the bracket is 003''s. "last week" in 003: the week of 10 Feb 2025 (day not given; the Monday is used).'),
    (147, 51, 1, date '2025-02-17', 'Ukraine won''t agree to any deal that does not directly involve it; Zelensky was not invited to Saudi Arabia even though Trump promised he would be part of any negotiations.', false, 4, null, null, null, 'Zelensky''s complaint; paraphrase. No date given; article date (17 Feb 2025) used.'),
    (148, 51, 1, date '2025-02-17', 'Zelensky is reluctant to give up all of the roughly 20% of Ukraine in Russian hands.', false, 4, null, null, null, 'Paraphrase. No date given; article date (17 Feb 2025) used.'),
    (149, 66, 2, date '2025-02-17', 'Russia will not accept any deal that cedes territory it has gained, and Moscow wants the entirety of four regions it illegally annexed.', false, 4, null, null, 81, 'Said in Moscow; paraphrase (the "illegally annexed" wording is 003''s). No date given; article date (17 Feb 2025) used.');

insert into statement_topic (statement_id, topic_id) values
    (120, 2),
    (121, 2),
    (122, 2),
    (123, 2),
    (124, 2),
    (125, 2),
    (126, 2),
    (127, 2),
    (127, 4),
    (128, 2),
    (128, 4),
    (129, 11),
    (130, 2),
    (131, 2),
    (132, 2),
    (133, 2),
    (134, 2),
    (135, 2),
    (136, 1),
    (137, 2),
    (138, 2),
    (140, 2),
    (141, 2),
    (142, 2),
    (142, 4),
    (143, 5),
    (144, 9),
    (145, 5),
    (145, 9),
    (146, 2),
    (146, 4),
    (146, 3),
    (148, 5),
    (149, 5);

-- Statements: Article 004 (16 Dec 2025)
insert into statement (id, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context) values
    (180, 3, 3, date '2025-12-15', 'The U.S. side pressed for the withdrawal of Ukrainian forces from Donetsk Oblast, including areas that were not under Russian control.', false, 5, 'AFP', 12, 9, 'Sources cited by AFP, at the Berlin talks of 14-15 Dec; such a provision featured in the initial U.S. proposals; paraphrase.'),
    (181, 2, 2, date '2025-12-16', 'Ukrainian forces must withdraw from Donetsk Oblast.', false, 5, null, null, 83, '004: "Moscow has advanced the same demand"; paraphrase. No date given; article date (16 Dec 2025) used.'),
    (182, 3, 3, date '2025-12-15', 'The meeting produced "significant progress"; the dialogue was "productive".', false, 5, null, 12, null, 'Both sides said this about the Berlin talks (the U.S. side here, the Ukrainian side in the next row); paraphrase with their words quoted.'),
    (183, 1, 1, date '2025-12-15', 'The meeting produced "significant progress"; the dialogue was "productive".', false, 5, null, 12, null, 'Both sides said this about the Berlin talks (the Ukrainian side here, the U.S. side in the previous row); paraphrase with their words quoted.'),
    (184, 1, 1, date '2025-12-16', 'The public should not trust the "media speculation" that accompanied the talks.', false, 5, null, null, null, 'Ukrainian officials, separately; paraphrase. No date given; article date (16 Dec 2025) used.'),
    (185, 51, 1, date '2025-12-15', 'There was ample dialogue on territories. It seems to me that we currently have different positions. But I believe my colleagues heard my personal position.', true, 5, null, 13, null, 'At the joint press conference with Merz after the meeting with the U.S. delegation; confirming that Kyiv''s and Washington''s positions on territory do not yet align.'),
    (186, 51, 1, date '2025-12-15', 'principled and painful', true, 5, null, 13, null, 'His description of the territorial question, at the same press conference.'),
    (187, 51, 1, date '2025-12-15', 'with respect for Ukraine', true, 5, null, 13, null, 'He emphasised the readiness of all participants to continue working on solutions "with respect for Ukraine" that could bring the war closer to an end.'),
    (188, 51, 1, date '2025-12-15', 'I do not believe the United States demanded anything from us. I see the United States as our strategic partner. We view this (territorial concessions) as demands from the Russian Federation.', true, 5, null, 13, null, 'Asked about possible territorial concessions to Russia; the parenthesis is 004''s.'),
    (189, 3, 3, date '2025-12-15', 'At the core of this arrangement are extremely strong guarantees—essentially equivalent to Article 5—along with very robust deterrence mechanisms. They concern the size of Ukraine''s armed forces and the weapons available to them.', true, 5, null, null, 5, 'Unnamed U.S. officials cited by European media on the key outcome of the Berlin talks, a U.S. pledge of guarantees comparable to NATO''s charter; dated to the end of the talks (15 Dec).'),
    (190, 3, 3, date '2025-12-16', 'Negotiators managed to agree on "90% of the issues"; territorial questions and the status of the Zaporizhzhia nuclear power plant remain.', false, 5, null, null, null, 'According to sources cited by Western outlets; paraphrase. No date given; article date (16 Dec 2025) used.'),
    (191, 3, 3, date '2025-12-16', 'Trump does not intend to "pressure" Ukraine on territorial matters, leaving Kyiv free to make its own decisions.', false, 5, null, null, 9, 'U.S. officials; paraphrase. No date given; article date (16 Dec 2025) used.'),
    (192, 3, 3, date '2025-12-16', 'It appears we are close to an overall agreement on dividing the capacity.', true, 5, null, null, 8, 'One U.S. representative, on the Zaporizhzhia plant, where one option under discussion is splitting its capacity between Ukraine and Russia on a 50-50 basis. No date given; article date (16 Dec 2025) used.'),
    (193, 3, 3, date '2025-12-16', 'Trump is "satisfied with the progress" and believes he can persuade Russia to accept the security guarantees proposed for Ukraine.', false, 5, null, null, null, 'According to U.S. officials; paraphrase. No date given; article date (16 Dec 2025) used.'),
    (194, 50, 3, date '2025-12-15', 'We are closer to peace now than ever before.', true, 5, null, 16, null, 'At the White House; 004 gives no day for the remarks, which followed the call on the evening of 15 Dec (dated 15 Dec, possibly 16 Dec).'),
    (195, 50, 3, date '2025-12-15', 'We had a very good discussion, and things seem to be going well.', true, 5, null, 16, null, 'On his phone call with European leaders and Zelensky on the evening of 15 Dec. At the White House; 004 gives no day for the remarks, which followed the call on the evening of 15 Dec (dated 15 Dec, possibly 16 Dec).'),
    (196, 50, 3, date '2025-12-15', 'Trump feels strong support from European leaders, who are keen to see the war brought to an end.', false, 5, null, 16, null, 'Paraphrase. At the White House; 004 gives no day for the remarks, which followed the call on the evening of 15 Dec (dated 15 Dec, possibly 16 Dec).'),
    (197, 50, 3, date '2025-12-15', 'Trump had recently spoken by phone with Putin, who, according to him, is interested in ending the war.', false, 5, null, 16, null, 'He did not specify the date of the conversation; paraphrase. At the White House; 004 gives no day for the remarks, which followed the call on the evening of 15 Dec (dated 15 Dec, possibly 16 Dec).'),
    (198, 50, 3, date '2025-12-15', 'The problem is that they all want this, and then suddenly they don''t. We need to bring them [presumably Russia and Ukraine] to a common position, but I think it''s working… a very good conversation.', true, 5, null, 16, null, 'The bracket is 004''s. At the White House; 004 gives no day for the remarks, which followed the call on the evening of 15 Dec (dated 15 Dec, possibly 16 Dec).'),
    (199, 34, 34, date '2025-12-15', 'European leaders released a joint statement outlining Europe''s and the United States'' commitments to security guarantees for Ukraine and to postwar reconstruction, in six commitments: sustained military support with Ukraine''s armed forces up to 800,000 personnel in peacetime; "multinational forces for Ukraine" led by Europe under a "coalition of the willing" with U.S. backing; U.S.-led ceasefire monitoring with international participation; a legal obligation to respond to any renewed attack; investment in reconstruction and compensation for damage from Russia while keeping Russian assets in the EU frozen; support for Ukraine''s EU accession.', false, 5, null, 14, null, 'Said by publishing the joint statement (004); 000 names the UK, France and Germany among its signatories.');

insert into statement_topic (statement_id, topic_id) values
    (180, 5),
    (181, 5),
    (185, 5),
    (186, 5),
    (187, 5),
    (188, 5),
    (189, 4),
    (189, 1),
    (190, 5),
    (190, 6),
    (191, 5),
    (192, 6),
    (193, 4),
    (199, 1),
    (199, 2),
    (199, 3),
    (199, 4),
    (199, 7),
    (199, 8),
    (199, 10),
    (199, 11);

-- Positions: multinational-force (troop-deployment ladder), per actor in time order
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (1, 4, 2, 'WILLING', date '2025-02-16', 4, 'Ready and willing to put UK troops on the ground if necessary', 'Starmer''s Telegraph piece states readiness to deploy ("putting our own troops on the ground if necessary") as part of security guarantees, but names no number: WILLING, not QUANTIFIED.'),
    (2, 4, 2, 'WILLING', date '2025-12-15', 1, 'Joins the European statement on leading a multinational force in Ukraine', 'Signed the 15 Dec 2025 statement declaring readiness to lead a "multinational force" of willing countries with US support, including operations within Ukraine. No UK troop number, so still WILLING; leadership is declared collectively, so LEADING is recorded for the European leaders and the coalition, not for the UK alone.'),
    (3, 5, 2, 'WILLING', date '2025-02-14', 3, 'Proposed troop deployment in Ukraine; calls a large-scale deployment far-fetched', 'Macron proposed the possibility of deploying troops and France, with Britain, leads the discussions (002): WILLING. Calling a large-scale deployment "far-fetched" limits the size, not the willingness.'),
    (4, 5, 2, 'WILLING', date '2025-02-17', 4, 'Most advanced planning; could commit nearly 10,000 troops (Washington Post)', 'France leads the effort and has done the most advanced military planning; the Washington Post reports it estimates it could commit nearly 10,000 troops. That is a newspaper''s estimate from unnamed officials, not a public offer ("few solid promises", 003), so the level stays WILLING rather than QUANTIFIED; the figure is kept as an ESTIMATE commitment.'),
    (5, 5, 2, 'WILLING', date '2025-12-15', 1, 'Joins the European statement on leading a multinational force in Ukraine', 'Signed the 15 Dec 2025 statement declaring readiness to lead a "multinational force" of willing countries with US support. No French troop number in the articles, so still WILLING; LEADING is recorded for the European leaders and the coalition collectively.'),
    (6, 6, 2, 'NOT_NOW', date '2025-02-17', 4, 'Not in the near term: "still a long way off" (Scholz)', 'Scholz: "we are still a long way off" from such a decision, and 003 counts Germany among those dismissing troops "at least in the near term": NOT_NOW, not RULES_OUT. 002 adds that a deployment would need parliamentary approval.'),
    (7, 6, 2, 'OPEN', date '2025-12-15', 1, 'Joins the European statement on a multinational force; no German troop offer', 'Under Merz, Germany signed the 15 Dec 2025 statement in which European leaders declare readiness to lead a multinational force, including operations within Ukraine. The statement does not commit German troops and no article reports a German offer, so the level rises only to OPEN (no longer "not now"), not to WILLING. The parliamentary-approval requirement reported in February is not restated in December.'),
    (8, 9, 2, 'NOT_NOW', date '2025-02-17', 4, 'Does not foresee sending Polish soldiers (Tusk)', 'Tusk: Warsaw "does not foresee sending Polish soldiers to Ukraine"; 003 groups Poland with those dismissing troops "at least in the near term", so NOT_NOW rather than RULES_OUT. 002 describes a cautious stance rooted in historical tensions with Ukraine.'),
    (9, 10, 2, 'NOT_NOW', date '2025-02-17', 4, '"Nobody is currently considering sending troops" (Albares)', '"Currently" and "at least in the near term" (003) make this NOT_NOW; Albares first wants to know the mission, its composition, flag and mandate: CLEAR_MANDATE.'),
    (10, 11, 2, 'OPEN', date '2025-02-17', 4, 'Would not rule out sending troops if necessary', 'Not ruling out is the definition of OPEN; no offer is made (003: "more vague").'),
    (11, 8, 2, 'OPEN', date '2025-02-17', 4, '"Not negative" about a European peacekeeping force', '"Not negative" is vaguer than an offer (003): OPEN. 002: a deployment would need parliamentary approval.'),
    (12, 7, 2, 'OPEN', date '2025-02-14', 3, 'Constitutional restrictions on deploying Italian forces', '002 reports a constitutional constraint, not a refusal, and Italy took part in the December 2024 Brussels talks on the force: OPEN with CONSTITUTIONAL_LIMITS. No Italian official is quoted on troops.'),
    (13, 3, 2, 'RULES_OUT', date '2025-02-17', 4, 'Has ruled out providing troops', '003: "To date, the U.S. has ruled out providing troops"; Hegseth called any U.S. troop involvement unlikely (002). Kellogg''s "you take no options off the table" (17 Feb) is kept as a statement but does not change the reported policy.'),
    (14, 3, 2, 'NON_GROUND', date '2025-09-01', 2, 'Command, control, intelligence and surveillance, but no ground troops', 'Reported US role in the European plan: C2ISR equipment but not ground troops, and a US presence in the mission assured by Trump (per von der Leyen): support without ground troops is NON_GROUND.'),
    (15, 3, 2, 'NON_GROUND', date '2025-12-15', 1, 'Leads ceasefire monitoring and backs the force; no US ground troops', 'The US package rules out US troops on the ground but has the US provide ceasefire monitoring and verification and back the European-led force: NON_GROUND.'),
    (16, 34, 2, 'WILLING', date '2025-02-14', 3, 'A coalition of European nations plans to deploy troops after a peace deal', '002: a coalition of European nations is formulating a plan to deploy troops to Ukraine if a peace agreement is reached; size and composition open: WILLING.'),
    (17, 34, 2, 'WILLING', date '2025-02-17', 4, 'Could contribute upwards of 30,000 troops; planning contingent on US support', 'The Washington Post reports upwards of 30,000 troops, but as an estimate from unnamed officials with "few solid promises" (003): WILLING rather than QUANTIFIED. European leaders say their planning is contingent on US support.'),
    (18, 34, 2, 'WILLING', date '2025-09-01', 2, '"Very precise plans" to deploy troops once there is peace, with US backing', 'Von der Leyen: plans to deploy troops if a peace agreement is reached, with full US backing; tens of thousands are considered but no offer with a number: WILLING.'),
    (19, 34, 2, 'LEADING', date '2025-12-15', 1, 'Ready to lead a multinational force in Ukraine', 'In the 15 Dec 2025 joint statement European leaders "expressed readiness to lead a multinational force" in Ukraine (000): LEADING.'),
    (20, 33, 2, 'LEADING', date '2025-12-15', 5, 'Multinational forces for Ukraine, led by Europe under the coalition', 'Point 2 of the European statement: "multinational forces for Ukraine" led by Europe under a "coalition of the willing" with US backing (004).');

insert into position_condition (position_id, condition_code) values
    (1, 'PEACE_AGREEMENT'),
    (2, 'US_BACKSTOP'),
    (2, 'PEACE_AGREEMENT'),
    (3, 'PEACE_AGREEMENT'),
    (4, 'PEACE_AGREEMENT'),
    (5, 'US_BACKSTOP'),
    (5, 'PEACE_AGREEMENT'),
    (6, 'PARLIAMENTARY_APPROVAL'),
    (7, 'US_BACKSTOP'),
    (7, 'PEACE_AGREEMENT'),
    (9, 'CLEAR_MANDATE'),
    (11, 'PARLIAMENTARY_APPROVAL'),
    (12, 'CONSTITUTIONAL_LIMITS'),
    (14, 'PEACE_AGREEMENT'),
    (15, 'PEACE_AGREEMENT'),
    (16, 'PEACE_AGREEMENT'),
    (17, 'PEACE_AGREEMENT'),
    (17, 'US_BACKSTOP'),
    (18, 'PEACE_AGREEMENT'),
    (18, 'US_BACKSTOP'),
    (19, 'US_BACKSTOP'),
    (19, 'PEACE_AGREEMENT'),
    (20, 'US_BACKSTOP');

insert into position_evidence (position_id, statement_id) values
    (1, 127),
    (1, 128),
    (2, 23),
    (3, 83),
    (3, 90),
    (4, 126),
    (5, 24),
    (6, 135),
    (6, 132),
    (6, 87),
    (7, 25),
    (8, 137),
    (8, 133),
    (8, 88),
    (9, 138),
    (9, 140),
    (9, 134),
    (10, 130),
    (11, 131),
    (11, 86),
    (12, 85),
    (13, 124),
    (13, 92),
    (14, 57),
    (14, 54),
    (15, 4),
    (15, 21),
    (16, 97),
    (16, 96),
    (16, 100),
    (17, 123),
    (17, 121),
    (18, 50),
    (18, 52),
    (18, 64),
    (19, 20),
    (20, 199);

-- Positions: territory ("Should Ukraine cede territory to Russia as part of a deal?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (30, 2, 5, 'SUPPORTS', date '2025-02-17', 4, 'Will not cede gained territory; wants all four annexed regions (Lavrov)', 'Russia demands territory from Ukraine as part of any deal: SUPPORTS.'),
    (31, 2, 5, 'SUPPORTS', date '2025-12-16', 5, 'Demands Ukraine withdraw from Donetsk Oblast', 'Moscow has advanced the demand that Ukrainian forces leave Donetsk Oblast (004); Zelensky calls territorial concessions demands of the Russian Federation.'),
    (32, 1, 5, 'OPPOSES', date '2025-02-17', 4, 'Reluctant to give up the roughly 20% of Ukraine in Russian hands', 'Zelensky has been reluctant to give up all of the roughly 20% Russia holds (003); 000 later says he has "consistently rejected" territorial compromises: OPPOSES.'),
    (33, 1, 5, 'OPPOSES', date '2025-12-15', 5, 'Rejects ceding territory; would freeze the front lines instead', 'Zelensky calls territorial concessions Russian demands and the question "principled and painful"; he is willing to freeze the front lines rather than cede the whole of Donbas, in exchange for legally binding guarantees (000). Freezing is not ceding: OPPOSES.'),
    (34, 3, 5, 'SUPPORTS', date '2025-02-10', 4, 'Doubts Ukraine can reclaim land lost since 2014 (Hegseth; Trump concurs)', 'Hegseth cast doubt on Ukraine reclaiming the land lost since 2014 and Trump concurred: the US expects a deal to leave that land with Russia. They stop short of calling for a formal cession; SUPPORTS is the nearest level.'),
    (35, 3, 5, 'SUPPORTS', date '2025-12-15', 5, 'Pressed for withdrawal from Donetsk Oblast; Trump suggests conceding parts of Donbas', 'The US side pressed for Ukraine''s withdrawal from Donetsk Oblast (AFP, 004) and Trump suggested Ukraine might need to concede parts of Donbas (000). US officials say Trump will not "pressure" Kyiv and Zelensky says the US demanded nothing: support for a concession, not a demand.');

insert into position_evidence (position_id, statement_id) values
    (30, 149),
    (31, 181),
    (31, 188),
    (32, 148),
    (33, 185),
    (33, 188),
    (33, 12),
    (33, 13),
    (34, 143),
    (34, 145),
    (35, 180),
    (35, 2),
    (35, 191);

-- Positions: NATO membership ("Should Ukraine join NATO?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (40, 1, 9, 'SUPPORTS', date '2025-02-14', 3, 'NATO membership a long-standing aspiration', null),
    (41, 3, 9, 'SCEPTICAL', date '2025-02-10', 4, 'NATO membership for Ukraine unlikely (Hegseth; Trump concurs)', '"Unlikely" is a forecast rather than a veto, though US officials have sidelined the option (002) and want any force kept outside NATO: SCEPTICAL, not OPPOSES.'),
    (42, 2, 9, 'OPPOSES', date '2025-12-16', 1, 'Sees Ukraine''s NATO ambitions as a central security threat', null);

insert into position_evidence (position_id, statement_id) values
    (40, 82),
    (41, 144),
    (41, 145),
    (41, 98),
    (42, 14);

-- Positions: security guarantee ("Should Ukraine receive binding security guarantees from Western partners as part of a deal?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (45, 1, 4, 'SUPPORTS', date '2025-02-14', 3, 'Needs guarantees until a lasting peace, with the US essential', 'Zelenskyy and Sybiha: guarantees are necessary and the US role is essential; a European-only mission would be ineffective.'),
    (46, 1, 4, 'SUPPORTS', date '2025-09-01', 2, 'Demands strong guarantees, especially from the US', null),
    (47, 1, 4, 'SUPPORTS', date '2025-12-16', 1, 'Wants legally binding guarantees from the West; progress made on them', null),
    (48, 4, 4, 'SUPPORTS', date '2025-02-14', 3, '"The U.K. will play its part" in a security guarantee', 'Starmer: if there is peace there needs to be a security guarantee and the UK will play its part.'),
    (49, 31, 4, 'SUPPORTS', date '2025-09-01', 2, 'Security guarantees "essential and indispensable" (von der Leyen)', null),
    (50, 3, 4, 'CONDITIONAL', date '2025-02-10', 4, 'A guarantee by European and non-European troops, outside NATO and Article Five', 'The administration wants a security guarantee, but provided by others'' troops in a non-NATO mission not covered by Article Five, with international oversight: CONDITIONAL.'),
    (51, 3, 4, 'SUPPORTS', date '2025-12-15', 5, 'Pledges guarantees "essentially equivalent to Article 5"', 'The key outcome of the Berlin talks per US officials: US guarantees comparable to NATO''s charter, which Trump believes Russia can be persuaded to accept.'),
    (52, 34, 4, 'SUPPORTS', date '2025-12-15', 5, 'A legal obligation to respond to any renewed attack', 'Point 4 of the European statement.');

insert into position_condition (position_id, condition_code) values
    (45, 'US_BACKSTOP'),
    (46, 'US_BACKSTOP'),
    (48, 'PEACE_AGREEMENT');

insert into position_evidence (position_id, statement_id) values
    (45, 81),
    (45, 94),
    (45, 95),
    (46, 61),
    (47, 3),
    (47, 12),
    (48, 80),
    (49, 51),
    (50, 146),
    (50, 93),
    (51, 189),
    (51, 193),
    (52, 199);

-- Positions: ceasefire monitoring ("Should a ceasefire be monitored and verified by an international mechanism?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (55, 3, 3, 'SUPPORTS', date '2025-02-10', 4, 'Robust international oversight of the line of contact (Hegseth)', null),
    (56, 3, 3, 'SUPPORTS', date '2025-12-14', 1, 'US to provide a ceasefire monitoring and verification mechanism', null),
    (57, 34, 3, 'SUPPORTS', date '2025-12-15', 5, 'US-led ceasefire monitoring with international participation', 'Point 3 of the European statement.');

insert into position_evidence (position_id, statement_id) values
    (55, 146),
    (55, 91),
    (56, 21),
    (57, 199);

-- Positions: Ukraine army size ("Should a deal leave Ukraine with a large, strong standing army?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (60, 6, 1, 'SUPPORTS', date '2025-02-17', 4, 'A very strong Ukrainian army must be at the core of any solution (Scholz)', null),
    (61, 3, 1, 'SUPPORTS', date '2025-12-14', 1, 'A standing Ukrainian army of 800,000', null),
    (62, 34, 1, 'SUPPORTS', date '2025-12-15', 5, 'Ukraine''s armed forces up to 800,000 in peacetime', 'Point 1 of the European statement.');

insert into position_evidence (position_id, statement_id) values
    (60, 136),
    (61, 21),
    (61, 189),
    (62, 199);

-- Positions: Zaporizhzhia NPP ("Should the plant's output be shared between Ukraine and Russia?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (65, 3, 6, 'SUPPORTS', date '2025-12-15', 1, 'Proposes a 50/50 split of the plant''s electricity', null);

insert into position_evidence (position_id, statement_id) values
    (65, 22),
    (65, 192);

-- Positions: reconstruction and frozen assets
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (67, 30, 7, 'SUPPORTS', date '2025-12-16', 1, 'Working on a plan to fund reconstruction from frozen Russian assets', 'A deal remains uncertain (000).'),
    (68, 34, 7, 'SUPPORTS', date '2025-12-15', 5, 'Invest in reconstruction while keeping Russian assets frozen', 'Point 5 of the European statement.');

insert into position_evidence (position_id, statement_id) values
    (67, 18),
    (68, 199);

-- Positions: EU accession ("Should Ukraine join the European Union?")
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (70, 3, 8, 'SUPPORTS', date '2025-12-14', 1, 'US package supports Ukraine''s bid to join the EU', null),
    (71, 34, 8, 'SUPPORTS', date '2025-12-15', 5, 'Reaffirms support for Ukraine''s EU accession', 'Point 6 of the European statement.');

insert into position_evidence (position_id, statement_id) values
    (70, 21),
    (71, 199);

-- Positions: military support to Ukraine
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (73, 4, 11, 'SUPPORTS', date '2025-02-16', 4, '3 billion pounds a year of military aid through at least 2030', null),
    (74, 34, 11, 'SUPPORTS', date '2025-12-15', 5, 'Sustained military support for Kyiv', 'Point 1 of the European statement.'),
    (75, 6, 11, 'SUPPORTS', date '2025-12-16', 1, 'Failing to support Ukraine could embolden Russia (Merz)', null);

insert into position_evidence (position_id, statement_id) values
    (73, 129),
    (74, 199),
    (75, 15);

-- Positions: compensation and claims
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note) values
    (77, 34, 10, 'SUPPORTS', date '2025-12-15', 5, 'Compensation for damage from Russia', 'Part of point 5 of the European statement.');

insert into position_evidence (position_id, statement_id) values
    (77, 199);
