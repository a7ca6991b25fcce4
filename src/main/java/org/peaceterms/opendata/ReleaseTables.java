package org.peaceterms.opendata;

import static org.peaceterms.opendata.ReleaseTable.table;

import java.util.List;
import org.peaceterms.opendata.ReleaseTable.Type;

/**
 * The tables of a data release, in the order they are written (a table comes after the
 * tables it references). Every public table of the tracker is here, and every public
 * column; users, revisions and the audit tables are not. A new column is one line in its
 * table; new columns go at the end, so that scripts reading a release by position keep
 * working.
 */
public final class ReleaseTables {

	private static final String ID = "The record's id; never reused. ";

	private static final String SOURCE = "The source (row of sources) this fact is taken from.";

	/** Every table of a release. */
	public static final List<ReleaseTable> ALL = List.of(
			table("sources", "source", "Sources",
					"The articles and documents every fact cites: outlet, title, publication date and address.")
				.id(ID + "Its page is /sources/{slug}.")
				.required("slug", "slug", Type.STRING, "Stable part of the source's address: /sources/{slug}.")
				.optional("outlet", "outlet", Type.STRING,
						"The publisher or outlet; empty where the source names none.")
				.required("title", "title", Type.STRING, "The source's title.")
				.url("url", "url", "The source's address; empty where it has none.")
				.required("publishedOn", "published_on", Type.DATE, "The day the source was published.")
				.optional("dateNote", "date_note", Type.STRING, "How precise the date is, where that needs saying.")
				.required("kind", "kind", Type.STRING, "NEWS, OFFICIAL_TEXT, OP_ED, INTERVIEW, SOCIAL_MEDIA or REPORT.")
				.required("reliability", "reliability", Type.STRING,
						"PRIMARY (the text itself), ESTABLISHED, SECONDARY or UNVERIFIED.")
				.optionalRef("replacedBy", "replaced_by_id", "sources",
						"The source that replaced this one, when it was retired.")
				.build(),
			table("actors", "actor", "Actors", "Countries, people, organisations and coalitions.")
				.id(ID + "Its page is /actors/{slug}.")
				.required("slug", "slug", Type.STRING, "Stable part of the actor's address: /actors/{slug}.")
				.required("name", "name", Type.STRING, "The actor's name.")
				.required("kind", "kind", Type.STRING, "COUNTRY, PERSON, ORGANISATION or COALITION.")
				.optional("isoAlpha2", "iso_code", Type.STRING, "ISO 3166-1 alpha-2 code of a country.")
				.optional("isoAlpha3", "iso_alpha3", Type.STRING, "ISO 3166-1 alpha-3 code of a country.")
				.optional("wikidata", "wikidata_qid", Type.STRING,
						"The Wikidata item (Q-number), where the editors are sure of it.")
				.optional("description", "description", Type.STRING,
						"Who or what the actor is, in the tracker's words.")
				.optionalRef("replacedBy", "replaced_by_id", "actors",
						"The actor that replaced this one, when it was retired.")
				.build(),
			table("offices", "office", "Offices", "A person's office: \"Chancellor of Germany\" for Germany.").id(ID)
				.ref("person", "person_id", "actors", "The person (row of actors).")
				.required("title", "title", Type.STRING, "The office, as the source names it.")
				.optionalRef("organisation", "organisation_id", "actors",
						"The country or organisation the office is of.")
				.optional("validFrom", "valid_from", Type.DATE, "First day in office, where a source gives it.")
				.optional("validTo", "valid_to", Type.DATE, "Last day in office, where a source gives it.")
				.optionalRef("source", "source_id", "sources", SOURCE)
				.build(),
			table("topics", "topic", "Topics", "The questions of a peace deal, each with its ladder of stances.")
				.id(ID + "Its page is /topics/{slug}.")
				.required("slug", "slug", Type.STRING, "Stable part of the topic's address: /topics/{slug}.")
				.required("name", "name", Type.STRING, "The topic's name.")
				.optional("description", "description", Type.STRING, "What the topic covers.")
				.optional("question", "question", Type.STRING, "The question stances answer.")
				.required("ladder", "ladder", Type.STRING, "The ladder of stances used on this topic.")
				.required("sortOrder", "sort_order", Type.INTEGER, "Where the topic comes in lists.")
				.optionalRef("replacedBy", "replaced_by_id", "topics",
						"The topic that replaced this one, when it was retired.")
				.build(),
			table("events", "event", "Events", "Meetings, summits, calls and talks.")
				.id(ID + "Its page is /events/{slug}.")
				.required("slug", "slug", Type.STRING, "Stable part of the event's address.")
				.required("name", "name", Type.STRING, "The event's name.")
				.required("kind", "kind", Type.STRING, "What kind of event it was.")
				.required("startsOn", "starts_on", Type.DATE, "The day it started.")
				.optional("endsOn", "ends_on", Type.DATE, "The day it ended, when it lasted more than a day.")
				.optional("dateNote", "date_note", Type.STRING, "How precise the dates are, where that needs saying.")
				.optional("place", "place", Type.STRING, "Where it took place.")
				.optional("description", "description", Type.STRING, "What happened, in the tracker's words.")
				.optionalRef("replacedBy", "replaced_by_id", "events",
						"The event that replaced this one, when it was retired.")
				.build(),
			table("event-participants", "event_participant", "Event participants", "Who took part in an event.")
				.keyRef("event", "event_id", "events", "The event.")
				.keyRef("actor", "actor_id", "actors", "An actor that took part.")
				.build(),
			table("event-sources", "event_source", "Event sources", "The sources an event is recorded from.")
				.keyRef("event", "event_id", "events", "The event.")
				.keyRef("source", "source_id", "sources", "A source of it.")
				.build(),
			table("proposals", "proposal", "Proposals", "Peace plans, frameworks, statements of terms.")
				.id(ID + "Its page is /proposals/{slug}.")
				.required("slug", "slug", Type.STRING, "Stable part of the proposal's address.")
				.required("title", "title", Type.STRING, "The proposal's full title.")
				.required("shortTitle", "short_title", Type.STRING, "The proposal's short title.")
				.required("kind", "kind", Type.STRING, "What kind of proposal it is.")
				.required("status", "status", Type.STRING, "Where it stands.")
				.required("presentedOn", "presented_on", Type.DATE, "The day it was presented.")
				.optionalRef("presentedAt", "presented_at_id", "events", "The event it was presented at.")
				.optionalRef("supersedes", "supersedes_id", "proposals", "The proposal it supersedes.")
				.optionalRef("derivedFrom", "derived_from_id", "proposals", "The proposal it is derived from.")
				.optional("summary", "summary", Type.STRING, "What it proposes, in the tracker's words.")
				.required("textPublic", "text_public", Type.BOOLEAN, "Whether its full text is public.")
				.optional("wikidata", "wikidata_qid", Type.STRING, "The Wikidata item (Q-number), where one exists.")
				.optional("externalIds", "external_ids", Type.STRING,
						"Its ids in other datasets (e.g. PA-X), as \"dataset:id\", separated by \" | \".")
				.optionalRef("replacedBy", "replaced_by_id", "proposals",
						"The proposal that replaced this one, when it was retired.")
				.build(),
			table("proposal-proposers", "proposal_proposer", "Proposers", "Who put a proposal forward.")
				.keyRef("proposal", "proposal_id", "proposals", "The proposal.")
				.keyRef("actor", "actor_id", "actors", "A proposer.")
				.build(),
			table("proposal-sources", "proposal_source", "Proposal sources", "The sources a proposal is recorded from.")
				.keyRef("proposal", "proposal_id", "proposals", "The proposal.")
				.keyRef("source", "source_id", "sources", "A source of it.")
				.build(),
			table("endorsements", "endorsement", "Endorsements", "Who backed or rejected a proposal, and when.").id(ID)
				.ref("proposal", "proposal_id", "proposals", "The proposal.")
				.ref("actor", "actor_id", "actors", "Who endorsed or rejected it.")
				.required("kind", "kind", Type.STRING, "What kind of endorsement.")
				.optional("endorsedOn", "endorsed_on", Type.DATE, "When, as precisely as the source says.")
				.ref("source", "source_id", "sources", SOURCE)
				.optional("note", "note", Type.STRING, "A note on it.")
				.build(),
			table("provisions", "provision", "Provisions", "The numbered terms of a proposal.").id(ID)
				.ref("proposal", "proposal_id", "proposals", "The proposal.")
				.required("number", "number", Type.INTEGER, "Its number within the proposal.")
				.ref("topic", "topic_id", "topics", "The topic it is about.")
				.required("text", "text", Type.STRING, "Its text.")
				.required("attribution", "attribution", Type.STRING,
						"SAID (the proposal's own words), PARAPHRASED, REPORTED (citing accordingTo) or ASSESSED.")
				.optional("accordingTo", "according_to", Type.STRING, "Whom the source cites for a reported term.")
				.optional("excerpt", "excerpt", Type.STRING, "The passage of the source that supports it.")
				.required("confidence", "confidence", Type.STRING, "CONFIRMED, SINGLE_SOURCE, UNCONFIRMED or DISPUTED.")
				.optional("figureMin", "figure_min", Type.NUMBER, "The figure's lower end (open when empty).")
				.optional("figureMax", "figure_max", Type.NUMBER, "The figure's upper end (open when empty).")
				.optional("figureUnit", "figure_unit", Type.STRING, "The figure's unit.")
				.optional("figureText", "figure_text", Type.STRING, "The figure in the source's words.")
				.build(),
			table("provision-sources", "provision_source", "Provision sources",
					"The sources a provision is taken from.")
				.keyRef("provision", "provision_id", "provisions", "The provision.")
				.keyRef("source", "source_id", "sources", "A source of it.")
				.build(),
			table("commitments", "commitment", "Commitments",
					"Pledges of troops, money or capabilities, and the asks and estimates they are measured against.")
				.id(ID)
				.ref("actor", "actor_id", "actors", "Who pledged, asked or estimated.")
				.ref("topic", "topic_id", "topics", "The topic.")
				.required("kind", "kind", Type.STRING, "TROOPS, MONEY, CAPABILITY or POLITICAL.")
				.required("basis", "basis", Type.STRING, "PLEDGE, ASK or ESTIMATE.")
				.required("status", "status", Type.STRING, "Where it stands.")
				.required("description", "description", Type.STRING, "What was committed.")
				.optional("amountMin", "amount_min", Type.NUMBER, "The amount's lower end (open when empty).")
				.optional("amountMax", "amount_max", Type.NUMBER, "The amount's upper end (open when empty).")
				.optional("amountUnit", "amount_unit", Type.STRING, "The amount's unit.")
				.optional("amountPeriod", "amount_period", Type.STRING, "The period the amount covers.")
				.optional("amountText", "amount_text", Type.STRING, "The amount in the source's words.")
				.optional("conditionsNote", "conditions_note", Type.STRING, "The conditions, in the source's words.")
				.required("madeOn", "made_on", Type.DATE, "The day it was made.")
				.build(),
			table("commitment-conditions", "commitment_condition", "Commitment conditions",
					"The conditions a commitment is tied to.")
				.keyRef("commitment", "commitment_id", "commitments", "The commitment.")
				.key("condition", "condition_code", Type.STRING, "A condition's code.")
				.build(),
			table("commitment-sources", "commitment_source", "Commitment sources",
					"The sources a commitment is taken from.")
				.keyRef("commitment", "commitment_id", "commitments", "The commitment.")
				.keyRef("source", "source_id", "sources", "A source of it.")
				.build(),
			table("statements", "statement", "Statements",
					"Who said what, when, on whose behalf, citing which source. Its page is /statements/{id}.")
				.id(ID + "Its page is /statements/{id}.")
				.optionalRef("speaker", "speaker_id", "actors", "Who said it, when the source names them.")
				.optional("speakerLabel", "speaker_label", Type.STRING,
						"An unnamed speaker as the source describes it (\"U.S. officials\").")
				.optionalRef("onBehalfOf", "on_behalf_of_id", "actors", "The country or body it was said for.")
				.required("saidOn", "said_on", Type.DATE,
						"The first day of the period it was said in (see datePrecision and dateQualifier).")
				.required("datePrecision", "date_precision", Type.STRING, "DAY, MONTH or YEAR.")
				.required("dateQualifier", "date_qualifier", Type.STRING,
						"EXACT, APPROXIMATE, or NO_LATER_THAN (the source gives no date; it was said by then).")
				.required("text", "text", Type.STRING, "The words (a quotation remains its author's).")
				.required("attribution", "attribution", Type.STRING,
						"SAID (direct quote), PARAPHRASED, REPORTED (the source reports it, citing accordingTo) or ASSESSED (the outlet's own reading).")
				.ref("source", "source_id", "sources", SOURCE)
				.optional("accordingTo", "according_to", Type.STRING, "Whom the source cites for a report.")
				.optional("excerpt", "excerpt", Type.STRING, "The passage of the source that supports it.")
				.required("confidence", "confidence", Type.STRING, "CONFIRMED, SINGLE_SOURCE, UNCONFIRMED or DISPUTED.")
				.optionalRef("event", "event_id", "events", "The event it was said at.")
				.optionalRef("provision", "provision_id", "provisions", "The provision it is about.")
				.optional("context", "context", Type.STRING, "The context, in the tracker's words.")
				.build(),
			table("statement-topics", "statement_topic", "Statement topics", "The topics a statement is about.")
				.keyRef("statement", "statement_id", "statements", "The statement.")
				.keyRef("topic", "topic_id", "topics", "A topic of it.")
				.build(),
			table("positions", "actor_position", "Positions",
					"An actor's stance on a topic from a day on, until its next position on the topic.")
				.id(ID)
				.ref("actor", "actor_id", "actors", "Whose stance.")
				.ref("topic", "topic_id", "topics", "The topic.")
				.required("stance", "stance", Type.STRING, "The level on the topic's ladder (e.g. WILLING).")
				.required("validFrom", "valid_from", Type.DATE, "The day it took effect.")
				.ref("source", "source_id", "sources", SOURCE)
				.required("summary", "summary", Type.STRING, "The position in one line.")
				.optional("note", "note", Type.STRING, "A note on it.")
				.build(),
			table("position-conditions", "position_condition", "Position conditions",
					"The conditions a position is tied to.")
				.keyRef("position", "position_id", "positions", "The position.")
				.key("condition", "condition_code", Type.STRING, "A condition's code.")
				.build(),
			table("position-evidence", "position_evidence", "Position evidence", "The statements a position rests on.")
				.keyRef("position", "position_id", "positions", "The position.")
				.keyRef("statement", "statement_id", "statements", "A statement it rests on.")
				.build(),
			table("relations", "topic_relation", "Compare relations",
					"An editor's verdict on how two proposals relate on one topic.")
				.id(ID)
				.ref("leftProposal", "left_proposal_id", "proposals", "One proposal.")
				.ref("rightProposal", "right_proposal_id", "proposals", "The other proposal.")
				.ref("topic", "topic_id", "topics", "The topic.")
				.required("relation", "relation", Type.STRING, "How they relate on the topic.")
				.required("reason", "reason", Type.STRING, "Why, in the editor's words.")
				.build());

	private ReleaseTables() {
	}

}
