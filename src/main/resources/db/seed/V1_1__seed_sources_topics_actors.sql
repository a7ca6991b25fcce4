-- Shipped data, part 1 of 4: the five seed articles as sources, the shared topic taxonomy,
-- the actors (countries, organisations and coalitions, persons) the articles name as saying,
-- doing, proposing, hosting or attending something, and the offices the articles give them.
--
-- Portable SQL for H2 2.x and PostgreSQL 15: explicit ids below 10000 (identity columns start at
-- 10000), ISO date literals, no vendor functions. version/retired keep their defaults.
-- Quotes and apostrophes are plain ASCII throughout (the articles' typographic ones included).
--
-- Id blocks: sources 1-9, topics 1-20, actors 1-99 (countries 1-29, organisations and coalitions
-- 30-49, persons 50-99), offices 1-99.
--
-- Sources (one per article, file order):
--   1 = 000 (16 Dec 2025, outlet not named)   2 = 001 RksNews (c. 1 Sep 2025)
--   3 = 002 (c. 14 Feb 2025, outlet not named) 4 = 003 The War Zone (17 Feb 2025)
--   5 = 004 (16 Dec 2025, outlet not named)
-- The dating reasoning is in source.date_note and in docs/seed-data.md.

-- Sources: the five seed articles (000..004 in file order)
insert into source (id, slug, outlet, title, url, published_on, date_note, kind, reliability) values
    (1, 'news-2025-12-16-europe-ready-to-send-troops', null, 'Ukraine Peace Talks Heat Up: Europe Ready to Send Troops', null, date '2025-12-16', 'Dated by the article itself: "date 2025-12-16" and "December 16, 2025, Tuesday // 10:47" (section "World » EU"). The article does not name its outlet, so outlet is left empty and the reliability is SECONDARY (unnamed outlet).', 'NEWS', 'SECONDARY'),
    (2, 'rksnews-2025-09-01-peacekeeping-mission-plans', 'RksNews', 'Europe Advances Plans for Peacekeeping Mission in Ukraine', null, date '2025-09-01', 'The article carries no date. It reports Russian airstrikes "on August 31" and a von der Leyen tour "over the weekend" in the past tense, and previews the Paris summit "on September 4" as still to come; Friedrich Merz is German Chancellor and Donald Trump US President, so the year is 2025. Published between 31 Aug and 4 Sep 2025; dated Monday 1 Sep 2025, the first working day after that weekend (an estimate, accurate to a few days). Reliability SECONDARY: RksNews is named, but the piece is a rewrite of Financial Times and ZDF reporting.', 'NEWS', 'SECONDARY'),
    (3, 'news-2025-02-14-european-troop-plan', null, 'European coalition quietly plans troop deployment to Ukraine after a peace deal', null, date '2025-02-14', 'Descriptive title: the article has no headline, no outlet and no date. Dating from internal evidence: the war "began three years ago" (the full-scale invasion of 2022, so early 2025); "In December" a Brussels meeting with Zelenskyy took place (December 2024, already past); Pete Hegseth is Defense Secretary and has already stressed "international oversight along the conflict''s front lines" and sidelined NATO membership, the remarks that 003 (17 Feb 2025) dates to "last week"; it does not yet mention Starmer''s op-ed of Sunday 16 Feb or the Paris meeting of 17 Feb. Published c. 12-16 Feb 2025; dated 14 Feb 2025 (approximate, to within a few days).', 'NEWS', 'SECONDARY'),
    (4, 'warzone-2025-02-17-europe-troops', 'The War Zone', 'European leaders meet in Paris over sending troops to back a Ukraine peace deal', null, date '2025-02-17', 'Descriptive title: the article has no headline and no date. Outlet from its closing line "Contact the author: howard@thewarzone.com". Dating: leaders "met in Paris today"; US-Russia negotiations are "set to begin tomorrow in Saudi Arabia"; Starmer''s Telegraph piece ran "On Sunday" and Kellogg spoke and the Washington Post reported "on Monday", i.e. today; the full-scale invasion was "nearly three years ago" (early 2025); Hegseth is already Defense Secretary. That makes it Monday 17 Feb 2025. Relative dates resolved from it: "On Sunday" = 16 Feb 2025, "on Monday" = 17 Feb 2025, "tomorrow" = 18 Feb 2025, "last week" = the week of 10-16 Feb 2025.', 'NEWS', 'ESTABLISHED'),
    (5, 'news-2025-12-16-berlin-talks-six-point-statement', null, 'Berlin talks of 14-15 December and the European six-point statement on security guarantees for Ukraine', null, date '2025-12-16', 'Descriptive title: the article has no headline, no outlet and no date (it is a translation; one Russian word is left in its text). Dating: the Berlin talks "took place ... on December 14-15"; Trump, speaking at the White House, refers to his call "on the evening of December 15", so the article is from 15 Dec at the earliest; the same talks and joint statement are reported by 000, dated 16 Dec 2025, and Merz is Chancellor, so the year is 2025. Dated 16 Dec 2025 (possibly late on 15 Dec).', 'NEWS', 'SECONDARY');

-- Topics: the shared taxonomy; all but multinational-force use the GENERAL ladder
insert into topic (id, slug, name, description, question, ladder, sort_order) values
    (1, 'ukraine-army-size', 'Ukraine army size', 'How large and strong Ukraine''s own armed forces are to be after a deal (e.g. 800,000 in peacetime).', 'Should a deal leave Ukraine with a large, strong standing army (such as 800,000 in peacetime) at the core of its security?', 'GENERAL', 1),
    (2, 'multinational-force', 'Multinational force / foreign troops', 'Foreign, mainly European, troops deployed in or for Ukraine to back a peace deal, and the support behind them.', 'Will the actor send its own troops to Ukraine to back a peace deal?', 'TROOPS', 2),
    (3, 'ceasefire-monitoring', 'Ceasefire monitoring', 'Who monitors and verifies a ceasefire along the line of contact, and how.', 'Should a ceasefire be monitored and verified by an international mechanism?', 'GENERAL', 3),
    (4, 'security-guarantee', 'Security guarantee', 'Binding commitments to defend or support Ukraine if Russia attacks again, such as Article-5-like guarantees.', 'Should Ukraine receive binding security guarantees from Western partners as part of a deal?', 'GENERAL', 4),
    (5, 'territory', 'Territory', 'Control of the territory Russia occupies or claims: Donbas and Donetsk Oblast, the four annexed regions, the land lost since 2014.', 'Should Ukraine cede territory to Russia as part of a deal?', 'GENERAL', 5),
    (6, 'zaporizhzhia-npp', 'Zaporizhzhia NPP', 'Control of the Russian-held Zaporizhzhia nuclear power plant and of the electricity it produces.', 'Should the Zaporizhzhia plant''s output be shared between Ukraine and Russia (e.g. a 50/50 split)?', 'GENERAL', 6),
    (7, 'reconstruction-frozen-assets', 'Reconstruction and frozen assets', 'Financing Ukraine''s reconstruction, including with Russian assets frozen in the EU.', 'Should Russia''s frozen assets stay frozen and help pay for Ukraine''s reconstruction?', 'GENERAL', 7),
    (8, 'eu-accession', 'EU accession', 'Ukraine''s bid to join the European Union.', 'Should Ukraine join the European Union?', 'GENERAL', 8),
    (9, 'nato-membership', 'NATO membership', 'Ukraine''s aspiration to join NATO.', 'Should Ukraine join NATO?', 'GENERAL', 9),
    (10, 'compensation-claims', 'Compensation and claims', 'Compensation for damage caused by Russia''s war, e.g. through an International Claims Commission.', 'Should Russia be made to compensate Ukraine for the damage of the war?', 'GENERAL', 10),
    (11, 'military-support', 'Military support to Ukraine', 'Military aid to Ukraine from its partners, such as the UK''s 3 billion pounds a year.', 'Should Ukraine keep receiving military aid from its partners (the actor included)?', 'GENERAL', 11);

-- Actors: countries (1-29)
insert into actor (id, slug, name, kind, iso_code, description) values
    (1, 'ukraine', 'Ukraine', 'COUNTRY', 'UA', 'Party to the war; its leaders attend every round of talks in the articles.'),
    (2, 'russia', 'Russia', 'COUNTRY', 'RU', 'Party to the war; negotiates with the US (Saudi Arabia, Feb 2025) and sets territorial demands.'),
    (3, 'united-states', 'United States', 'COUNTRY', 'US', 'Presented the December 2025 security package; "Washington", "the White House" and "the Trump administration" in the articles.'),
    (4, 'united-kingdom', 'United Kingdom', 'COUNTRY', 'GB', 'Signatory of the 15 Dec 2025 European statement; offered troops "if necessary" in Feb 2025.'),
    (5, 'france', 'France', 'COUNTRY', 'FR', 'Leads the European planning (Paris meetings of Feb and Sep 2025); signatory of the 15 Dec 2025 statement.'),
    (6, 'germany', 'Germany', 'COUNTRY', 'DE', 'Signatory of the 15 Dec 2025 statement; host of the Berlin talks of 14-15 Dec 2025.'),
    (7, 'italy', 'Italy', 'COUNTRY', 'IT', 'Attended the December 2024 Brussels meeting; its forces face constitutional limits on deployment (002).'),
    (8, 'netherlands', 'Netherlands', 'COUNTRY', 'NL', 'Attended the December 2024 Brussels meeting; "not negative" about a European force (003).'),
    (9, 'poland', 'Poland', 'COUNTRY', 'PL', 'Attended the December 2024 Brussels meeting; did not foresee sending soldiers in Feb 2025.'),
    (10, 'spain', 'Spain', 'COUNTRY', 'ES', 'Dismissed sending troops in Feb 2025 (003).'),
    (11, 'sweden', 'Sweden', 'COUNTRY', 'SE', 'Would not rule out sending troops in Feb 2025 (003).'),
    (12, 'denmark', 'Denmark', 'COUNTRY', 'DK', 'Attended the December 2024 Brussels meeting (002).');

-- Actors: organisations and coalitions (30-49)
insert into actor (id, slug, name, kind, iso_code, description) values
    (30, 'european-union', 'European Union', 'ORGANISATION', null, 'Its top officials met Zelenskyy in Brussels in December 2024; working on a plan to fund reconstruction from frozen Russian assets (000).'),
    (31, 'european-commission', 'European Commission', 'ORGANISATION', null, 'Executive of the EU; its President Ursula von der Leyen speaks for the European troop plans in 001.'),
    (32, 'nato', 'NATO', 'ORGANISATION', null, 'Its Secretary General was expected at the Paris summit of 4 Sep 2025; its representatives joined Trump''s call of 15 Dec 2025.'),
    (33, 'coalition-of-the-willing', 'Coalition of the willing', 'COALITION', null, 'The European-led "coalition of the willing" under which the 15 Dec 2025 statement would lead "multinational forces for Ukraine" with US backing (000, 004). Members are not listed in the articles.'),
    (34, 'european-leaders', 'European leaders (collectively)', 'COALITION', null, 'Used where an article attributes an act or view to "European leaders", "European nations" or "European allies" as a group without naming them, e.g. the Feb 2025 troop estimates and the six commitments of the 15 Dec 2025 statement (signed by the UK, France, Germany "and eight other European nations").'),
    (35, 'the-washington-post', 'The Washington Post', 'ORGANISATION', null, 'US newspaper; 003 quotes its report of 17 Feb 2025 on European troop numbers, which cites four officials with knowledge of the plans. An actor here only as the named body those quotes come from.');

-- Actors: persons (50-99)
insert into actor (id, slug, name, kind, iso_code, description) values
    (50, 'donald-trump', 'Donald Trump', 'PERSON', null, 'US President in all five articles.'),
    (51, 'volodymyr-zelensky', 'Volodymyr Zelensky', 'PERSON', null, 'President of Ukraine (spelled "Zelenskyy" in 002).'),
    (52, 'vladimir-putin', 'Vladimir Putin', 'PERSON', null, 'President of Russia.'),
    (53, 'friedrich-merz', 'Friedrich Merz', 'PERSON', null, 'German Chancellor in the Sep and Dec 2025 articles (001, 000, 004).'),
    (54, 'olaf-scholz', 'Olaf Scholz', 'PERSON', null, 'German Chancellor in the Feb 2025 article (003).'),
    (55, 'keir-starmer', 'Keir Starmer', 'PERSON', null, 'UK Prime Minister (spelled "Kier" in 003).'),
    (56, 'emmanuel-macron', 'Emmanuel Macron', 'PERSON', null, 'French President; proposed troop deployment in Ukraine before December 2024; hosts the Paris summit of 4 Sep 2025.'),
    (57, 'donald-tusk', 'Donald Tusk', 'PERSON', null, 'Prime Minister of Poland (003).'),
    (58, 'jose-manuel-albares', 'José Manuel Albares', 'PERSON', null, 'Spain''s foreign minister (003).'),
    (59, 'ursula-von-der-leyen', 'Ursula von der Leyen', 'PERSON', null, 'European Commission President (001).'),
    (60, 'mark-rutte', 'Mark Rutte', 'PERSON', null, 'NATO Secretary General; expected at the Paris summit of 4 Sep 2025 (001).'),
    (61, 'rustem-umerov', 'Rustem Umerov', 'PERSON', null, 'Secretary of Ukraine''s National Security and Defense Council; in the Ukrainian delegation at the Berlin talks (004).'),
    (62, 'steve-witkoff', 'Steve Witkoff', 'PERSON', null, 'Trump''s special envoy and longtime associate; in the US delegation at the Berlin talks (004).'),
    (63, 'jared-kushner', 'Jared Kushner', 'PERSON', null, 'Trump''s son-in-law; in the US delegation at the Berlin talks (004). No office given.'),
    (64, 'pete-hegseth', 'Pete Hegseth', 'PERSON', null, 'US Defense Secretary; set out the Trump administration''s outline in Feb 2025 (002, 003).'),
    (65, 'keith-kellogg', 'Keith Kellogg', 'PERSON', null, 'Trump''s peace envoy (003).'),
    (66, 'sergei-lavrov', 'Sergei Lavrov', 'PERSON', null, 'Russian Foreign Minister (003).'),
    (67, 'sybiha', 'Sybiha', 'PERSON', null, 'Ukrainian Foreign Minister; 002 gives only his surname.'),
    (68, 'oleksandr-syrskyi', 'Oleksandr Syrskyi', 'PERSON', null, 'Ukrainian general who gave Zelensky a battlefield update (001, spelled "Syrskiy").'),
    (69, 'blaise-metreweli', 'Blaise Metreweli', 'PERSON', null, 'Chief of the UK''s MI6 (000).'),
    (70, 'ben-hodges', 'Ben Hodges', 'PERSON', null, 'Retired U.S. Army General quoted as an expert (002); speaks for no government.');

-- Offices: title as the article gives it, normalised to "<office> of <country/organisation>"; source = the earliest article that attests it.
-- No article gives a start or end date, so valid_from/valid_to stay empty. Scholz (Feb 2025) and Merz
-- (Sep/Dec 2025) both hold "Chancellor of Germany"; statements keep their own on_behalf_of.
insert into office (id, person_id, title, organisation_id, valid_from, valid_to, source_id) values
    (1, 50, 'President of the United States', 3, null, null, 3),
    (2, 51, 'President of Ukraine', 1, null, null, 3),
    (3, 52, 'President of Russia', 2, null, null, 3),
    (4, 53, 'Chancellor of Germany', 6, null, null, 2),
    (5, 54, 'Chancellor of Germany', 6, null, null, 4),
    (6, 55, 'Prime Minister of the United Kingdom', 4, null, null, 3),
    (7, 56, 'President of France', 5, null, null, 3),
    (8, 57, 'Prime Minister of Poland', 9, null, null, 4),
    (9, 58, 'Foreign Minister of Spain', 10, null, null, 4),
    (10, 59, 'President of the European Commission', 31, null, null, 2),
    (11, 60, 'Secretary General of NATO', 32, null, null, 2),
    (12, 61, 'Secretary of the National Security and Defense Council of Ukraine', 1, null, null, 1),
    (13, 62, 'Special envoy of the US President', 3, null, null, 5),
    (14, 64, 'Defense Secretary of the United States', 3, null, null, 3),
    (15, 65, 'Peace envoy of the US President', 3, null, null, 4),
    (16, 66, 'Foreign Minister of Russia', 2, null, null, 4),
    (17, 67, 'Foreign Minister of Ukraine', 1, null, null, 3),
    (18, 68, 'General', 1, null, null, 2),
    (19, 69, 'Chief of MI6', 4, null, null, 1);
