-- Copies every shipped row (ids below 10000) once, with ids and references shifted by :off and
-- slugs suffixed with :k, so that running it for k = 1..9 makes the data set ten times larger.
-- Used by QueryCountTests; kept to the schema's columns after V20 (evidence).
insert into source (id, slug, outlet, title, url, published_on, date_note, kind, reliability, retired, version)
    select id + :off, slug || '-x' || cast(:k as varchar(4)), outlet, title, url, published_on, date_note, kind, reliability, retired, version from source where id < 10000;
insert into actor (id, slug, name, kind, iso_code, description, retired, version)
    select id + :off, slug || '-x' || cast(:k as varchar(4)), name || ' ' || cast(:k as varchar(4)), kind, iso_code, description, retired, version from actor where id < 10000;
insert into office (id, person_id, title, organisation_id, valid_from, valid_to, source_id, retired, version)
    select id + :off, person_id + :off, title, organisation_id + :off, valid_from, valid_to, source_id + :off, retired, version from office where id < 10000;
insert into topic (id, slug, name, description, question, ladder, sort_order, retired, version)
    select id + :off, slug || '-x' || cast(:k as varchar(4)), name || ' ' || cast(:k as varchar(4)), description, question, ladder, sort_order + 100 * :k, retired, version from topic where id < 10000;
insert into event (id, slug, name, kind, starts_on, ends_on, date_note, place, description, status, date_precision, date_qualifier, excerpt, confidence, retired, version)
    select id + :off, slug || '-x' || cast(:k as varchar(4)), name || ' ' || cast(:k as varchar(4)), kind, starts_on, ends_on, date_note, place, description, status, date_precision, date_qualifier, excerpt, confidence, retired, version from event where id < 10000;
insert into event_participant (event_id, actor_id)
    select event_id + :off, actor_id + :off from event_participant where event_id < 10000;
insert into event_source (event_id, source_id)
    select event_id + :off, source_id + :off from event_source where event_id < 10000;
insert into proposal (id, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public, date_precision, date_qualifier, excerpt, confidence, retired, version)
    select id + :off, slug || '-x' || cast(:k as varchar(4)), title, short_title, kind, status, presented_on, presented_at_id + :off, null, null, summary, text_public, date_precision, date_qualifier, excerpt, confidence, retired, version from proposal where id < 10000;
update proposal set supersedes_id = (select p.supersedes_id + :off from proposal p where p.id = proposal.id - :off),
    derived_from_id = (select p.derived_from_id + :off from proposal p where p.id = proposal.id - :off)
    where id > :off and id < :off + 10000;
insert into proposal_proposer (proposal_id, actor_id)
    select proposal_id + :off, actor_id + :off from proposal_proposer where proposal_id < 10000;
insert into proposal_source (proposal_id, source_id)
    select proposal_id + :off, source_id + :off from proposal_source where proposal_id < 10000;
insert into endorsement (id, proposal_id, actor_id, kind, endorsed_on, source_id, note, date_precision, date_qualifier, excerpt, confidence, retired, version)
    select id + :off, proposal_id + :off, actor_id + :off, kind, endorsed_on, source_id + :off, note, date_precision, date_qualifier, excerpt, confidence, retired, version from endorsement where id < 10000;
insert into provision (id, proposal_id, number, topic_id, text, attribution, according_to, excerpt, confidence, figure_min, figure_max, figure_unit, figure_text, retired, version)
    select id + :off, proposal_id + :off, number, topic_id + :off, text, attribution, according_to, excerpt, confidence, figure_min, figure_max, figure_unit, figure_text, retired, version from provision where id < 10000;
insert into provision_topic (provision_id, topic_id)
    select provision_id + :off, topic_id + :off from provision_topic where provision_id < 10000;
insert into provision_source (provision_id, source_id)
    select provision_id + :off, source_id + :off from provision_source where provision_id < 10000;
insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on, attribution, according_to, date_precision, date_qualifier, excerpt, confidence, retired, version)
    select id + :off, actor_id + :off, topic_id + :off, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on, attribution, according_to, date_precision, date_qualifier, excerpt, confidence, retired, version from commitment where id < 10000;
insert into commitment_condition (commitment_id, condition_code)
    select commitment_id + :off, condition_code from commitment_condition where commitment_id < 10000;
insert into commitment_source (commitment_id, source_id)
    select commitment_id + :off, source_id + :off from commitment_source where commitment_id < 10000;
insert into statement (id, speaker_id, speaker_label, on_behalf_of_id, said_on, text, attribution, according_to, date_precision, date_qualifier, excerpt, confidence, source_id, event_id, provision_id, context, retired, version)
    select id + :off, speaker_id + :off, speaker_label, on_behalf_of_id + :off, said_on, text, attribution, according_to, date_precision, date_qualifier, excerpt, confidence, source_id + :off, event_id + :off, provision_id + :off, context, retired, version from statement where id < 10000;
insert into statement_topic (statement_id, topic_id)
    select statement_id + :off, topic_id + :off from statement_topic where statement_id < 10000;
insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary, note, date_precision, date_qualifier, excerpt, confidence, retired, version)
    select id + :off, actor_id + :off, topic_id + :off, stance, valid_from, source_id + :off, summary, note, date_precision, date_qualifier, excerpt, confidence, retired, version from actor_position where id < 10000;
insert into position_condition (position_id, condition_code)
    select position_id + :off, condition_code from position_condition where position_id < 10000;
insert into position_evidence (position_id, statement_id)
    select position_id + :off, statement_id + :off from position_evidence where position_id < 10000;
insert into topic_relation (id, left_proposal_id, right_proposal_id, topic_id, relation, reason, excerpt, retired, version)
    select id + :off, left_proposal_id + :off, right_proposal_id + :off, topic_id + :off, relation, reason, excerpt, retired, version from topic_relation where id < 10000;
