-- Shipped data, part 5: editors' verdicts on how the US security package (left) and the European
-- statement of 15 Dec 2025 (right) relate on a topic, set only where both articles' wording settles
-- it. 004 says "It remains unclear whether this document fully aligns with the proposals advanced by
-- Washington", and the US text is not public, so no verdict is set where the two texts differ in
-- substance or in detail: on the security guarantee (US "Article 5-like" guarantees and a European
-- commitment "under national procedures" against the statement's "legal obligation to respond") and
-- on the multinational force (no US ground troops against a European-led force "with U.S. backing")
-- the compare page shows both texts and says "not assessed". One-sided topics need no verdict: the
-- comparison computes them.
--
-- Rows are found by slug, so that the ids of proposals and topics are not repeated here.
-- Id block: topic relations 1-99. Quotes and apostrophes in plain ASCII.
-- Sources quoted: 000 (16 Dec 2025) and 004 (16 Dec 2025).

insert into topic_relation (id, left_proposal_id, right_proposal_id, topic_id, relation, reason)
select 1, l.id, r.id, t.id, 'ALIGNED',
       'Both put Ukraine''s army at 800,000: the US package "a standing army of 800,000 troops" (000), the European statement "up to 800,000 personnel in peacetime" (004).'
from proposal l, proposal r, topic t
where l.slug = 'us-security-package-2025-12' and r.slug = 'european-statement-2025-12-15' and t.slug = 'ukraine-army-size';

insert into topic_relation (id, left_proposal_id, right_proposal_id, topic_id, relation, reason)
select 2, l.id, r.id, t.id, 'ALIGNED',
       'Both have the United States run ceasefire monitoring: America provides "a ceasefire monitoring and verification mechanism" (000); monitoring is "led by the United States with international participation" (004).'
from proposal l, proposal r, topic t
where l.slug = 'us-security-package-2025-12' and r.slug = 'european-statement-2025-12-15' and t.slug = 'ceasefire-monitoring';

insert into topic_relation (id, left_proposal_id, right_proposal_id, topic_id, relation, reason)
select 3, l.id, r.id, t.id, 'ALIGNED',
       'Both back EU accession: the US plan "would also support Ukraine''s bid to join the European Union" (000); the statement "reaffirms support for Ukraine''s accession to the European Union" (004).'
from proposal l, proposal r, topic t
where l.slug = 'us-security-package-2025-12' and r.slug = 'european-statement-2025-12-15' and t.slug = 'eu-accession';
