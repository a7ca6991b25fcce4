-- Identifiers that last (issue 14): an actor's Wikidata item and, for a country, its ISO 3166-1
-- alpha-3 code (iso_code holds alpha-2); a proposal's external ids (e.g. a PA-X agreement id);
-- and, on every record with a public address, the record that replaced it when it was retired,
-- so that its old address answers 410 Gone with a link to the replacement.
alter table actor add column wikidata_qid varchar(20);
alter table actor add column iso_alpha3 varchar(3);
alter table actor add column replaced_by_id bigint references actor (id);
alter table actor_aud add column wikidata_qid varchar(20);
alter table actor_aud add column iso_alpha3 varchar(3);
alter table actor_aud add column replaced_by_id bigint;

alter table proposal add column wikidata_qid varchar(20);
alter table proposal add column external_ids varchar(500);
alter table proposal add column replaced_by_id bigint references proposal (id);
alter table proposal_aud add column wikidata_qid varchar(20);
alter table proposal_aud add column external_ids varchar(500);
alter table proposal_aud add column replaced_by_id bigint;

alter table topic add column replaced_by_id bigint references topic (id);
alter table topic_aud add column replaced_by_id bigint;
alter table event add column replaced_by_id bigint references event (id);
alter table event_aud add column replaced_by_id bigint;
alter table source add column replaced_by_id bigint references source (id);
alter table source_aud add column replaced_by_id bigint;
