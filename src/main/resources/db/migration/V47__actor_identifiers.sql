-- Wikidata items and ISO 3166-1 alpha-3 codes of the shipped actors (issue 14). Only items the
-- editors are sure of are filled; the rest stay empty until checked (see docs/seed-data.md).
-- Shipped rows have their audit baseline in V11; this change is data, recorded by this migration.
update actor set iso_alpha3 = 'UKR', wikidata_qid = 'Q212' where id = 1 and slug = 'ukraine';
update actor set iso_alpha3 = 'RUS', wikidata_qid = 'Q159' where id = 2 and slug = 'russia';
update actor set iso_alpha3 = 'USA', wikidata_qid = 'Q30' where id = 3 and slug = 'united-states';
update actor set iso_alpha3 = 'GBR', wikidata_qid = 'Q145' where id = 4 and slug = 'united-kingdom';
update actor set iso_alpha3 = 'FRA', wikidata_qid = 'Q142' where id = 5 and slug = 'france';
update actor set iso_alpha3 = 'DEU', wikidata_qid = 'Q183' where id = 6 and slug = 'germany';
update actor set iso_alpha3 = 'ITA', wikidata_qid = 'Q38' where id = 7 and slug = 'italy';
update actor set iso_alpha3 = 'NLD', wikidata_qid = 'Q55' where id = 8 and slug = 'netherlands';
update actor set iso_alpha3 = 'POL', wikidata_qid = 'Q36' where id = 9 and slug = 'poland';
update actor set iso_alpha3 = 'ESP', wikidata_qid = 'Q29' where id = 10 and slug = 'spain';
update actor set iso_alpha3 = 'SWE', wikidata_qid = 'Q34' where id = 11 and slug = 'sweden';
update actor set iso_alpha3 = 'DNK', wikidata_qid = 'Q35' where id = 12 and slug = 'denmark';
update actor set wikidata_qid = 'Q458' where id = 30 and slug = 'european-union';
update actor set wikidata_qid = 'Q8880' where id = 31 and slug = 'european-commission';
update actor set wikidata_qid = 'Q7184' where id = 32 and slug = 'nato';
update actor set wikidata_qid = 'Q166032' where id = 35 and slug = 'the-washington-post';
update actor set wikidata_qid = 'Q22686' where id = 50 and slug = 'donald-trump';
update actor set wikidata_qid = 'Q3874799' where id = 51 and slug = 'volodymyr-zelensky';
update actor set wikidata_qid = 'Q7747' where id = 52 and slug = 'vladimir-putin';
update actor set wikidata_qid = 'Q61053' where id = 54 and slug = 'olaf-scholz';
update actor set wikidata_qid = 'Q3052772' where id = 56 and slug = 'emmanuel-macron';
update actor set wikidata_qid = 'Q946' where id = 57 and slug = 'donald-tusk';
update actor set wikidata_qid = 'Q60772' where id = 59 and slug = 'ursula-von-der-leyen';
update actor set wikidata_qid = 'Q57792' where id = 60 and slug = 'mark-rutte';

-- The codes do not change over time: every audit revision of these actors carries them too, so
-- that a page "as recorded at" an earlier moment shows them as well.
update actor_aud set
    wikidata_qid = (select t.wikidata_qid from actor t where t.id = actor_aud.id),
    iso_alpha3 = (select t.iso_alpha3 from actor t where t.id = actor_aud.id)
where id in (select t.id from actor t where t.wikidata_qid is not null or t.iso_alpha3 is not null);
