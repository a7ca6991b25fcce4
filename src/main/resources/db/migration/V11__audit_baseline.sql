-- A baseline revision for the shipped data (db/seed), so that the history of a shipped record
-- starts with what was shipped and its first edit shows real before/after values, and so that
-- Envers finds shipped records when it rebuilds an edited record's relations at a revision.
-- Only records with no audit row yet are baselined. Join rows are baselined with their owner.
-- Runs unchanged on H2 and PostgreSQL; revision ids come from the identity column.

insert into revision (created_at, username) values (1765929600000, null);

insert into source_aud (id, rev, revtype, slug, outlet, title, url, published_on, date_note, kind, reliability, retired)
select t.id, (select max(id) from revision), 0, t.slug, t.outlet, t.title, t.url, t.published_on, t.date_note, t.kind, t.reliability, t.retired from source t
where not exists (select 1 from source_aud a where a.id = t.id);

insert into actor_aud (id, rev, revtype, slug, name, kind, iso_code, description, retired)
select t.id, (select max(id) from revision), 0, t.slug, t.name, t.kind, t.iso_code, t.description, t.retired from actor t
where not exists (select 1 from actor_aud a where a.id = t.id);

insert into office_aud (id, rev, revtype, person_id, title, organisation_id, valid_from, valid_to, source_id, retired)
select t.id, (select max(id) from revision), 0, t.person_id, t.title, t.organisation_id, t.valid_from, t.valid_to, t.source_id, t.retired from office t
where not exists (select 1 from office_aud a where a.id = t.id);

insert into topic_aud (id, rev, revtype, slug, name, description, question, ladder, sort_order, retired)
select t.id, (select max(id) from revision), 0, t.slug, t.name, t.description, t.question, t.ladder, t.sort_order, t.retired from topic t
where not exists (select 1 from topic_aud a where a.id = t.id);

insert into event_aud (id, rev, revtype, slug, name, kind, starts_on, ends_on, date_note, place, description, retired)
select t.id, (select max(id) from revision), 0, t.slug, t.name, t.kind, t.starts_on, t.ends_on, t.date_note, t.place, t.description, t.retired from event t
where not exists (select 1 from event_aud a where a.id = t.id);

insert into proposal_aud (id, rev, revtype, slug, title, short_title, kind, status, presented_on, presented_at_id, supersedes_id, derived_from_id, summary, text_public, retired)
select t.id, (select max(id) from revision), 0, t.slug, t.title, t.short_title, t.kind, t.status, t.presented_on, t.presented_at_id, t.supersedes_id, t.derived_from_id, t.summary, t.text_public, t.retired from proposal t
where not exists (select 1 from proposal_aud a where a.id = t.id);

insert into endorsement_aud (id, rev, revtype, proposal_id, actor_id, kind, endorsed_on, source_id, note, retired)
select t.id, (select max(id) from revision), 0, t.proposal_id, t.actor_id, t.kind, t.endorsed_on, t.source_id, t.note, t.retired from endorsement t
where not exists (select 1 from endorsement_aud a where a.id = t.id);

insert into provision_aud (id, rev, revtype, proposal_id, number, topic_id, text, verbatim, figure_min, figure_max, figure_unit, figure_text, retired)
select t.id, (select max(id) from revision), 0, t.proposal_id, t.number, t.topic_id, t.text, t.verbatim, t.figure_min, t.figure_max, t.figure_unit, t.figure_text, t.retired from provision t
where not exists (select 1 from provision_aud a where a.id = t.id);

insert into commitment_aud (id, rev, revtype, actor_id, topic_id, kind, basis, status, description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on, retired)
select t.id, (select max(id) from revision), 0, t.actor_id, t.topic_id, t.kind, t.basis, t.status, t.description, t.amount_min, t.amount_max, t.amount_unit, t.amount_period, t.amount_text, t.conditions_note, t.made_on, t.retired from commitment t
where not exists (select 1 from commitment_aud a where a.id = t.id);

insert into statement_aud (id, rev, revtype, speaker_id, on_behalf_of_id, said_on, text, verbatim, source_id, reported_via, event_id, provision_id, context, retired)
select t.id, (select max(id) from revision), 0, t.speaker_id, t.on_behalf_of_id, t.said_on, t.text, t.verbatim, t.source_id, t.reported_via, t.event_id, t.provision_id, t.context, t.retired from statement t
where not exists (select 1 from statement_aud a where a.id = t.id);

insert into actor_position_aud (id, rev, revtype, actor_id, topic_id, stance, valid_from, source_id, summary, note, retired)
select t.id, (select max(id) from revision), 0, t.actor_id, t.topic_id, t.stance, t.valid_from, t.source_id, t.summary, t.note, t.retired from actor_position t
where not exists (select 1 from actor_position_aud a where a.id = t.id);

insert into topic_relation_aud (id, rev, revtype, left_proposal_id, right_proposal_id, topic_id, relation, reason, retired)
select t.id, (select max(id) from revision), 0, t.left_proposal_id, t.right_proposal_id, t.topic_id, t.relation, t.reason, t.retired from topic_relation t
where not exists (select 1 from topic_relation_aud a where a.id = t.id);

insert into event_participant_aud (rev, revtype, event_id, actor_id)
select (select max(id) from revision), 0, j.event_id, j.actor_id from event_participant j
where exists (select 1 from event_aud a where a.id = j.event_id and a.rev = (select max(id) from revision));

insert into event_source_aud (rev, revtype, event_id, source_id)
select (select max(id) from revision), 0, j.event_id, j.source_id from event_source j
where exists (select 1 from event_aud a where a.id = j.event_id and a.rev = (select max(id) from revision));

insert into proposal_proposer_aud (rev, revtype, proposal_id, actor_id)
select (select max(id) from revision), 0, j.proposal_id, j.actor_id from proposal_proposer j
where exists (select 1 from proposal_aud a where a.id = j.proposal_id and a.rev = (select max(id) from revision));

insert into proposal_source_aud (rev, revtype, proposal_id, source_id)
select (select max(id) from revision), 0, j.proposal_id, j.source_id from proposal_source j
where exists (select 1 from proposal_aud a where a.id = j.proposal_id and a.rev = (select max(id) from revision));

insert into provision_source_aud (rev, revtype, provision_id, source_id)
select (select max(id) from revision), 0, j.provision_id, j.source_id from provision_source j
where exists (select 1 from provision_aud a where a.id = j.provision_id and a.rev = (select max(id) from revision));

insert into commitment_condition_aud (rev, revtype, commitment_id, condition_code)
select (select max(id) from revision), 0, j.commitment_id, j.condition_code from commitment_condition j
where exists (select 1 from commitment_aud a where a.id = j.commitment_id and a.rev = (select max(id) from revision));

insert into commitment_source_aud (rev, revtype, commitment_id, source_id)
select (select max(id) from revision), 0, j.commitment_id, j.source_id from commitment_source j
where exists (select 1 from commitment_aud a where a.id = j.commitment_id and a.rev = (select max(id) from revision));

insert into statement_topic_aud (rev, revtype, statement_id, topic_id)
select (select max(id) from revision), 0, j.statement_id, j.topic_id from statement_topic j
where exists (select 1 from statement_aud a where a.id = j.statement_id and a.rev = (select max(id) from revision));

insert into position_condition_aud (rev, revtype, position_id, condition_code)
select (select max(id) from revision), 0, j.position_id, j.condition_code from position_condition j
where exists (select 1 from actor_position_aud a where a.id = j.position_id and a.rev = (select max(id) from revision));

insert into position_evidence_aud (rev, revtype, position_id, statement_id)
select (select max(id) from revision), 0, j.position_id, j.statement_id from position_evidence j
where exists (select 1 from actor_position_aud a where a.id = j.position_id and a.rev = (select max(id) from revision));
