-- Issue 9 shipped-data re-audit, part 1 of 5: sources and actors.
-- Every shipped fact re-read against the five articles with the evidence model of V20 (attribution, according to, date precision and qualifier, supporting excerpt,
-- confidence). The judgement calls are listed in docs/seed-data.md. Ids of surviving records are kept;
-- records no passage supports are deleted with their join rows, or retired where an editor's row
-- still refers to them. New records use unused ids below 10000. Runs unchanged on H2 and PostgreSQL.

-- Sources: how each article is dated, in plain sentences.
update source set date_note = 'The article states its date: 16 December 2025, 10:47. It does not name its outlet; it appears under a section headed "World » EU".' where id = 1;
update source set date_note = 'The article carries no date. It reports Russian airstrikes "on August 31" and a tour by von der Leyen "over the weekend" as past, and previews the Paris summit "on September 4" as still to come, so it was published between 31 Aug and 4 Sep 2025; 1 Sep 2025 is an estimate. What it reports without a date is shown as known by September 2025.' where id = 2;
update source set date_note = 'The article has no headline, outlet or date; the title here describes it. It says the war "began three years ago", reports a Brussels meeting "in December" as past and has Pete Hegseth as Defense Secretary, which places it in February 2025; 14 Feb 2025 is an estimate to within a few days. What it reports without a date is shown as known by February 2025.' where id = 3;
update source set date_note = 'The article has no headline or date; the title here describes it. The outlet is The War Zone (the author''s contact address is at thewarzone.com). Leaders "met in Paris today", U.S.-Russia negotiations are "set to begin tomorrow in Saudi Arabia" and the full-scale invasion began "nearly three years ago": Monday 17 Feb 2025. Relative dates resolved from it: "On Sunday" is 16 Feb, "on Monday" 17 Feb, "tomorrow" 18 Feb and "last week" the week of 10-16 Feb 2025.' where id = 4;
update source set date_note = 'The article has no headline, outlet or date; the title here describes it (it is a translation). It reports the Berlin talks of 14-15 December and a call "on the evening of December 15" as past, and the same talks and joint statement are reported by another article dated 16 Dec 2025; 16 Dec 2025 is used (it may be from late 15 Dec).' where id = 5;

-- Actors: descriptions that say only what the articles say.
update actor set description = 'Party to the war. Its president, Volodymyr Zelensky, took part in the Brussels meeting of December 2024 and the Berlin talks of 14-15 December 2025.' where id = 1;
update actor set description = 'Party to the war. Negotiations with the United States in Saudi Arabia were set to begin on 18 February 2025.' where id = 2;
update actor set description = 'Presented a security package for Ukraine at the Berlin talks of December 2025. The articles also call it "Washington", "the White House" and "the Trump administration".' where id = 3;
update actor set description = 'Signatory of the European joint statement of December 2025. In February 2025 its prime minister wrote that the UK was ready to put troops on the ground in Ukraine "if necessary".' where id = 4;
update actor set description = 'Led the February 2025 Paris meeting on troops for Ukraine; its president was to host a Paris summit on 4 September 2025. Signatory of the European joint statement of December 2025.' where id = 5;
update actor set description = 'Signatory of the European joint statement of December 2025. In February 2025 its chancellor said a decision on troops was "still a long way off".' where id = 6;
update actor set description = 'Took part in the Brussels meeting with Zelenskyy in December 2024.' where id = 7;
update actor set description = 'Took part in the Brussels meeting with Zelenskyy in December 2024. In February 2025 it was "not negative" about a European peacekeeping force in Ukraine.' where id = 8;
update actor set description = 'Took part in the Brussels meeting with Zelenskyy in December 2024. In February 2025 its prime minister said Warsaw did not foresee sending soldiers to Ukraine.' where id = 9;
update actor set description = 'In February 2025 its foreign minister said nobody was currently considering sending troops to Ukraine.' where id = 10;
update actor set description = 'In February 2025 it said it would not rule out sending troops to Ukraine if necessary.' where id = 11;
update actor set description = 'Took part in the Brussels meeting with Zelenskyy in December 2024.' where id = 12;
update actor set description = 'Its top officials met Zelenskyy in Brussels in December 2024. In December 2025 it was working to finalise a plan to fund Ukraine''s reconstruction using frozen Russian assets.' where id = 30;
update actor set description = 'Executive of the European Union. Its President, Ursula von der Leyen, spoke for the European troop plans in 2025.' where id = 31;
update actor set description = 'Its Secretary General was expected at the Paris summit of 4 September 2025. In December 2025 Trump described recent talks with NATO representatives, among others.' where id = 32;
update actor set description = 'The European-led "coalition of the willing" under which, in the European joint statement of December 2025, Europe would lead "multinational forces for Ukraine" with U.S. backing. The articles do not list its members.' where id = 33;
update actor set description = 'European leaders, nations or allies as a group, where an article does not name them: for example the heads of the UK, France, Germany "and eight other European nations" who issued the joint statement of December 2025.' where id = 34;
update actor set description = 'U.S. newspaper. On 17 February 2025 it reported, citing four officials with knowledge of the plans, how many troops European nations could contribute to a force in Ukraine.' where id = 35;
update actor set description = 'President of the United States.' where id = 50;
update actor set description = 'President of Ukraine (spelled "Zelenskyy" in one article).' where id = 51;
update actor set description = 'Chancellor of Germany in the articles of September and December 2025.' where id = 53;
update actor set description = 'Chancellor of Germany in the article of February 2025.' where id = 54;
update actor set description = 'Prime Minister of the United Kingdom (spelled "Kier" in one article).' where id = 55;
update actor set description = 'President of France. Before December 2024 he suggested deploying troops in Ukraine; he was to host the Paris summit of 4 September 2025.' where id = 56;
update actor set description = 'Prime Minister of Poland.' where id = 57;
update actor set description = 'Foreign minister of Spain.' where id = 58;
update actor set description = 'President of the European Commission.' where id = 59;
update actor set description = 'Secretary General of NATO; expected at the Paris summit of 4 September 2025.' where id = 60;
update actor set description = 'Secretary of Ukraine''s National Security and Defense Council; took part in the Berlin talks of 14-15 December 2025.' where id = 61;
update actor set description = 'Trump''s special envoy and longtime associate; took part in the Berlin talks of 14-15 December 2025.' where id = 62;
update actor set description = 'Trump''s son-in-law; took part in the Berlin talks of 14-15 December 2025.' where id = 63;
update actor set description = 'U.S. Defense Secretary. In February 2025 he set out the Trump administration''s outline for security guarantees for Ukraine.' where id = 64;
update actor set description = 'Trump''s peace envoy.' where id = 65;
update actor set description = 'Foreign Minister of Russia.' where id = 66;
update actor set description = 'Foreign Minister of Ukraine (the article gives only the surname).' where id = 67;
update actor set description = 'Ukrainian general who gave Zelensky a battlefield update at the end of August 2025 (spelled "Syrskiy" in the article).' where id = 68;
update actor set description = 'Chief of the UK''s MI6.' where id = 69;
update actor set description = 'Retired U.S. Army general, quoted as an expert; he speaks for no government.' where id = 70;
