-- Shipped data, part 3 of 4: commitments - what actors pledge, what others ask for, and reported
-- estimates of force sizes they are measured against - with structured conditions and sources.
--
-- Id block: commitments 1-99. basis: PLEDGE (an actor pledges/offers), ASK (what an actor asks for),
-- ESTIMATE (a reported estimate of a force size). Amounts are ranges: "nearly 10,000" has only a
-- maximum, "upwards of 30,000" only a minimum, "tens of thousands" only a text. Where two sources give
-- different figures for the same thing both rows are kept, each with its source; nothing is averaged.
-- Sources: 1 = 000 (16 Dec 2025), 2 = 001 RksNews (c. 1 Sep 2025), 3 = 002 (c. 14 Feb 2025),
-- 4 = 003 The War Zone (17 Feb 2025), 5 = 004 (16 Dec 2025).

-- Commitments: Article 002 (c. 14 Feb 2025)
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (3, 4, 4, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'Starmer: "if there is peace then there needs to be some sort of security guarantee for Ukraine, and the U.K. will play its part in that."', null, null, null, null, null, 'If there is peace.', date '2025-02-14'),
    (6, 34, 2, 'TROOPS', 'ESTIMATE', 'REPORTED', 'Media speculation suggests a more modest European force than Zelenskyy''s ask: 30,000 to 40,000 troops.', 30000, 40000, 'troops', null, '30,000 to 40,000', 'European leaders acknowledge the challenge of mobilising such numbers quickly.', date '2025-02-14'),
    (7, 1, 2, 'TROOPS', 'ASK', 'REPORTED', 'Zelenskyy indicated a need for a substantial foreign contingent, estimating between 100,000 and 150,000 troops.', 100000, 150000, 'troops', null, 'between 100,000 and 150,000', null, date '2025-02-14'),
    (24, 1, 4, 'POLITICAL', 'ASK', 'REPORTED', 'Zelenskyy asks for guarantees that Ukraine''s safety will be assured until a lasting peace is established; Foreign Minister Sybiha stresses the essential role of the U.S. in providing them.', null, null, null, null, null, 'Ukraine: a European-only mission without American support would be ineffective.', date '2025-02-14');

insert into commitment_condition (commitment_id, condition_code) values
    (3, 'PEACE_AGREEMENT'),
    (24, 'US_BACKSTOP');

insert into commitment_source (commitment_id, source_id) values
    (3, 3),
    (6, 3),
    (7, 3),
    (24, 3);

-- Commitments: Article 003, The War Zone (17 Feb 2025)
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (1, 4, 11, 'MONEY', 'PLEDGE', 'PLEDGED', 'UK guarantees Ukraine 3 billion pounds per year in military aid through at least 2030 (Starmer in The Telegraph).', 3000000000, 3000000000, 'GBP', 'per year, through at least 2030', '3 billion pounds per year (about $3.79 billion)', null, date '2025-02-16'),
    (2, 4, 2, 'TROOPS', 'PLEDGE', 'CONDITIONAL', 'UK ready and willing to contribute to security guarantees to Ukraine "by putting our own troops on the ground if necessary" (Starmer in The Telegraph); no specifics offered.', null, null, 'troops', null, null, 'If necessary; as part of security guarantees backing a peace deal.', date '2025-02-16'),
    (4, 5, 2, 'TROOPS', 'ESTIMATE', 'REPORTED', 'France "has done more advanced military planning than others and estimates that it could commit nearly 10,000 troops" (The Washington Post, citing officials).', null, 10000, 'troops', null, 'nearly 10,000', null, date '2025-02-17'),
    (5, 34, 2, 'TROOPS', 'ESTIMATE', 'REPORTED', 'European nations could contribute upwards of 30,000 troops, not stationed along the contact line but ready as a show of force if Russia tried to restart the war (The Washington Post, citing four officials).', 30000, null, 'troops', null, 'upwards of 30,000', 'Could be backstopped by more forces outside Ukraine; planning contingent on US support.', date '2025-02-17'),
    (11, 3, 2, 'TROOPS', 'ASK', 'REPORTED', 'The Trump administration wants European and non-European troops to provide a security guarantee, deployed as part of a non-NATO mission and not covered under Article Five (Hegseth).', null, null, 'troops', null, null, 'With robust international oversight of the line of contact.', date '2025-02-10');

insert into commitment_condition (commitment_id, condition_code) values
    (2, 'PEACE_AGREEMENT'),
    (5, 'US_BACKSTOP');

insert into commitment_source (commitment_id, source_id) values
    (1, 4),
    (2, 4),
    (4, 4),
    (5, 4),
    (11, 4),
    (11, 3);

-- Commitments: Article 001, RksNews (c. 1 Sep 2025)
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (8, 34, 2, 'TROOPS', 'ESTIMATE', 'REPORTED', 'European allies are considering sending tens of thousands of soldiers as part of the peacekeeping operation.', null, null, 'soldiers', null, 'tens of thousands', 'If a peace agreement is reached, with US backing.', date '2025-09-01'),
    (9, 3, 2, 'CAPABILITY', 'PLEDGE', 'REPORTED', 'According to reports, American forces would provide command, control, intelligence and surveillance equipment, but not ground troops.', null, null, null, null, null, 'For a deployment after a peace agreement.', date '2025-09-01'),
    (10, 3, 2, 'POLITICAL', 'PLEDGE', 'REPORTED', 'Trump personally assured European leaders of a U.S. presence as part of the mission, "very clear and confirmed several times", and the initiative has the full backing of the United States (per von der Leyen).', null, null, null, null, null, 'For a deployment after a peace agreement.', date '2025-09-01'),
    (23, 1, 4, 'POLITICAL', 'ASK', 'REPORTED', 'Zelensky demands strong security guarantees from Western allies, especially the U.S., as part of any ceasefire deal with Russia.', null, null, null, null, null, null, date '2025-09-01');

insert into commitment_condition (commitment_id, condition_code) values
    (8, 'PEACE_AGREEMENT'),
    (8, 'US_BACKSTOP'),
    (9, 'PEACE_AGREEMENT'),
    (10, 'PEACE_AGREEMENT'),
    (23, 'US_BACKSTOP');

insert into commitment_source (commitment_id, source_id) values
    (8, 2),
    (9, 2),
    (10, 2),
    (23, 2);

-- Commitments: Articles 000 and 004 (16 Dec 2025): the US package
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (12, 3, 3, 'CAPABILITY', 'PLEDGE', 'CONDITIONAL', 'The U.S. would provide a ceasefire monitoring and verification mechanism to detect renewed Russian aggression (US package, 000); the European statement has ceasefire monitoring led by the United States with international participation (004).', null, null, null, null, null, 'Part of a peace deal.', date '2025-12-14'),
    (13, 3, 4, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'U.S. pledge to provide Ukraine with security guarantees comparable to those of NATO''s charter ("Article 5-like"; "essentially equivalent to Article 5"), the key outcome of the Berlin talks per European media citing U.S. officials.', null, null, null, null, null, 'Part of a peace deal; Trump believes he can persuade Russia to accept them. No U.S. ground troops.', date '2025-12-15'),
    (14, 3, 8, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'The U.S. plan would support Ukraine''s bid to join the European Union.', null, null, null, null, null, 'Part of the US package for a peace deal.', date '2025-12-14'),
    (15, 34, 4, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'Under the U.S. proposal, European nations would commit, under national procedures, to restoring peace and security in the event of a future armed attack.', null, null, null, null, null, 'Under national procedures; part of a peace deal.', date '2025-12-14');

insert into commitment_condition (commitment_id, condition_code) values
    (12, 'PEACE_AGREEMENT'),
    (13, 'PEACE_AGREEMENT'),
    (14, 'PEACE_AGREEMENT'),
    (15, 'PEACE_AGREEMENT');

insert into commitment_source (commitment_id, source_id) values
    (12, 1),
    (12, 5),
    (13, 5),
    (13, 1),
    (14, 1),
    (15, 1);

-- Commitments: Articles 004 and 000 (16 Dec 2025): the European statement of 15 Dec 2025
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (16, 33, 2, 'TROOPS', 'PLEDGE', 'CONDITIONAL', 'Europe''s readiness to deploy "multinational forces for Ukraine", led by Europe under a "coalition of the willing" with U.S. backing: rebuild Ukraine''s armed forces, secure its airspace and maritime routes, and if necessary operate on Ukrainian territory. No troop numbers given.', null, null, 'troops', null, null, 'With U.S. backing; as part of a U.S.-backed plan for a peace agreement.', date '2025-12-15'),
    (17, 34, 4, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'Security guarantees that establish a legal obligation to respond to any renewed attack using military, intelligence, economic and diplomatic means (European statement, point 4).', null, null, null, null, null, 'After a peace agreement.', date '2025-12-15'),
    (18, 34, 11, 'CAPABILITY', 'PLEDGE', 'PLEDGED', 'Sustained military support for Kyiv, with Ukraine''s armed forces numbering up to 800,000 personnel in peacetime (European statement, point 1).', null, null, null, null, null, null, date '2025-12-15'),
    (19, 34, 7, 'MONEY', 'PLEDGE', 'PLEDGED', 'Investment in Ukraine''s reconstruction - financing rebuilding, trade agreements, compensation for damage from Russia - while maintaining the freeze on Russian assets in the EU (European statement, point 5). No amount given.', null, null, null, null, null, null, date '2025-12-15'),
    (20, 34, 8, 'POLITICAL', 'PLEDGE', 'PLEDGED', 'Reaffirmed support for Ukraine''s accession to the European Union (European statement, point 6).', null, null, null, null, null, null, date '2025-12-15');

insert into commitment_condition (commitment_id, condition_code) values
    (16, 'US_BACKSTOP'),
    (16, 'PEACE_AGREEMENT'),
    (17, 'PEACE_AGREEMENT');

insert into commitment_source (commitment_id, source_id) values
    (16, 5),
    (16, 1),
    (17, 5),
    (18, 5),
    (19, 5),
    (20, 5);

-- Commitments: Article 000 (16 Dec 2025): other commitments
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on) values
    (21, 30, 7, 'MONEY', 'PLEDGE', 'REPORTED', 'The EU is working to finalise a plan for funding Ukraine''s reconstruction using frozen Russian assets.', null, null, null, null, null, 'A deal remains uncertain.', date '2025-12-16'),
    (22, 1, 5, 'POLITICAL', 'PLEDGE', 'CONDITIONAL', 'Zelensky has shown willingness to freeze the front lines instead of ceding the entire Donbas region.', null, null, null, null, null, 'In exchange for legally binding security guarantees from the West.', date '2025-12-16');

insert into commitment_source (commitment_id, source_id) values
    (21, 1),
    (22, 1);
