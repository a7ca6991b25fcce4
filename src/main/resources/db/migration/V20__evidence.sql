-- Evidence on every dated claim (issue 9): how the source attributes a statement, how precise a
-- date is, the passage of the source that supports a fact, and a confidence apart from the source's
-- reliability. Events get a status, provisions several topics. Runs unchanged on H2 and PostgreSQL.
--
-- Values (enums in the code):
--   attribution    SAID (direct quote) | PARAPHRASED | REPORTED (the source reports it, citing
--                  according_to) | ASSESSED (the outlet's or an editor's own reading)
--   date_precision DAY | MONTH | YEAR            date_qualifier EXACT | APPROXIMATE | NO_LATER_THAN
--   confidence     CONFIRMED (several sources) | SINGLE_SOURCE | UNCONFIRMED (unconfirmed report) | DISPUTED
--   event status   SCHEDULED | HELD | CANCELLED | UNCONFIRMED
-- Existing rows migrate as: verbatim -> SAID, otherwise PARAPHRASED; reported_via -> according_to;
-- every date exact to the day; confidence single source; events held.

-- Statements: a speaker of any kind or unnamed ("U.S. officials"), attribution, "according to".
alter table statement add column attribution varchar(20) default 'PARAPHRASED' not null;
alter table statement add column according_to varchar(200);
alter table statement add column speaker_label varchar(200);
alter table statement add column date_precision varchar(10) default 'DAY' not null;
alter table statement add column date_qualifier varchar(20) default 'EXACT' not null;
alter table statement add column excerpt varchar(4000);
alter table statement add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
update statement set attribution = 'SAID' where verbatim = true;
update statement set according_to = reported_via;
alter table statement alter column speaker_id drop not null;
alter table statement drop column verbatim;
alter table statement drop column reported_via;
alter table statement add constraint ck_statement_speaker check (speaker_id is not null or speaker_label is not null);

alter table statement_aud add column attribution varchar(20);
alter table statement_aud add column according_to varchar(200);
alter table statement_aud add column speaker_label varchar(200);
alter table statement_aud add column date_precision varchar(10);
alter table statement_aud add column date_qualifier varchar(20);
alter table statement_aud add column excerpt varchar(4000);
alter table statement_aud add column confidence varchar(20);
update statement_aud set attribution = case when verbatim = true then 'SAID' else 'PARAPHRASED' end,
    according_to = reported_via, date_precision = 'DAY', date_qualifier = 'EXACT', confidence = 'SINGLE_SOURCE';
alter table statement_aud drop column verbatim;
alter table statement_aud drop column reported_via;

-- Provisions: attribution of the term's wording, excerpt, confidence, and several topics.
alter table provision add column attribution varchar(20) default 'PARAPHRASED' not null;
alter table provision add column according_to varchar(200);
alter table provision add column excerpt varchar(4000);
alter table provision add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
update provision set attribution = 'SAID' where verbatim = true;
alter table provision drop column verbatim;

alter table provision_aud add column attribution varchar(20);
alter table provision_aud add column according_to varchar(200);
alter table provision_aud add column excerpt varchar(4000);
alter table provision_aud add column confidence varchar(20);
update provision_aud set attribution = case when verbatim = true then 'SAID' else 'PARAPHRASED' end,
    confidence = 'SINGLE_SOURCE';
alter table provision_aud drop column verbatim;

-- Every topic a provision addresses; provision.topic_id stays its primary topic and is one of them.
create table provision_topic (
    provision_id bigint not null references provision (id),
    topic_id     bigint not null references topic (id),
    primary key (provision_id, topic_id)
);
create index ix_provision_topic_topic on provision_topic (topic_id);
insert into provision_topic (provision_id, topic_id) select id, topic_id from provision;

create table provision_topic_aud (
    rev bigint not null references revision (id), revtype smallint,
    provision_id bigint not null, topic_id bigint not null,
    primary key (rev, provision_id, topic_id)
);
insert into provision_topic_aud (rev, revtype, provision_id, topic_id)
select a.rev, a.revtype, a.id, a.topic_id from provision_aud a where a.topic_id is not null and a.revtype = 0;

-- Positions.
alter table actor_position add column date_precision varchar(10) default 'DAY' not null;
alter table actor_position add column date_qualifier varchar(20) default 'EXACT' not null;
alter table actor_position add column excerpt varchar(4000);
alter table actor_position add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
alter table actor_position_aud add column date_precision varchar(10);
alter table actor_position_aud add column date_qualifier varchar(20);
alter table actor_position_aud add column excerpt varchar(4000);
alter table actor_position_aud add column confidence varchar(20);
update actor_position_aud set date_precision = 'DAY', date_qualifier = 'EXACT', confidence = 'SINGLE_SOURCE';

-- Events: status, so that a scheduled event is never shown as having happened.
alter table event add column status varchar(20) default 'HELD' not null;
alter table event add column date_precision varchar(10) default 'DAY' not null;
alter table event add column date_qualifier varchar(20) default 'EXACT' not null;
alter table event add column excerpt varchar(4000);
alter table event add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
alter table event_aud add column status varchar(20);
alter table event_aud add column date_precision varchar(10);
alter table event_aud add column date_qualifier varchar(20);
alter table event_aud add column excerpt varchar(4000);
alter table event_aud add column confidence varchar(20);
update event_aud set status = 'HELD', date_precision = 'DAY', date_qualifier = 'EXACT', confidence = 'SINGLE_SOURCE';

-- Proposals.
alter table proposal add column date_precision varchar(10) default 'DAY' not null;
alter table proposal add column date_qualifier varchar(20) default 'EXACT' not null;
alter table proposal add column excerpt varchar(4000);
alter table proposal add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
alter table proposal_aud add column date_precision varchar(10);
alter table proposal_aud add column date_qualifier varchar(20);
alter table proposal_aud add column excerpt varchar(4000);
alter table proposal_aud add column confidence varchar(20);
update proposal_aud set date_precision = 'DAY', date_qualifier = 'EXACT', confidence = 'SINGLE_SOURCE';

-- Commitments: a pledge can itself be reported ("according to reports, American forces would ...").
alter table commitment add column attribution varchar(20) default 'PARAPHRASED' not null;
alter table commitment add column according_to varchar(200);
alter table commitment add column date_precision varchar(10) default 'DAY' not null;
alter table commitment add column date_qualifier varchar(20) default 'EXACT' not null;
alter table commitment add column excerpt varchar(4000);
alter table commitment add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
alter table commitment_aud add column attribution varchar(20);
alter table commitment_aud add column according_to varchar(200);
alter table commitment_aud add column date_precision varchar(10);
alter table commitment_aud add column date_qualifier varchar(20);
alter table commitment_aud add column excerpt varchar(4000);
alter table commitment_aud add column confidence varchar(20);
update commitment_aud set attribution = 'PARAPHRASED', date_precision = 'DAY', date_qualifier = 'EXACT',
    confidence = 'SINGLE_SOURCE';

-- Endorsements.
alter table endorsement add column date_precision varchar(10) default 'DAY' not null;
alter table endorsement add column date_qualifier varchar(20) default 'EXACT' not null;
alter table endorsement add column excerpt varchar(4000);
alter table endorsement add column confidence varchar(20) default 'SINGLE_SOURCE' not null;
alter table endorsement_aud add column date_precision varchar(10);
alter table endorsement_aud add column date_qualifier varchar(20);
alter table endorsement_aud add column excerpt varchar(4000);
alter table endorsement_aud add column confidence varchar(20);
update endorsement_aud set date_precision = 'DAY', date_qualifier = 'EXACT', confidence = 'SINGLE_SOURCE';

-- Topic relations (an editor's judgement): the passage it rests on, if any.
alter table topic_relation add column excerpt varchar(4000);
alter table topic_relation_aud add column excerpt varchar(4000);
