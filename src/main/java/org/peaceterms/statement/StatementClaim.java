package org.peaceterms.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceterms.actor.Actor;
import org.peaceterms.opendata.DataLicence;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.source.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * A statement as schema.org {@code Claim} JSON-LD for its page: the words, who made the
 * claim ({@code author}, with the Wikidata item where known), when, and where it appeared
 * (the cited source as {@code appearance} and {@code firstAppearance}). A paraphrase says
 * so in {@code description}: the text is then the source's wording, not the speaker's.
 */
final class StatementClaim {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StatementClaim() {
	}

	/** The JSON-LD, safe to put inside a {@code script} element. */
	static String jsonLd(Statement statement, String base) {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("@context", "https://schema.org");
		claim.put("@type", "Claim");
		claim.put("@id", base + "/statements/" + statement.getId());
		claim.put("url", base + "/statements/" + statement.getId());
		claim.put("text", statement.getText());
		claim.put("description", switch (statement.getAttribution()) {
			case SAID -> "Quotation of the speaker's own words";
			case PARAPHRASED -> "Paraphrase of what the speaker said, in the source's words";
			case REPORTED -> "Reported by the source, " + ((statement.getAccordingTo() != null)
					? "according to " + statement.getAccordingTo() : "according to reports")
					+ "; not the speaker's own words";
			case ASSESSED -> "The source's own assessment, not a statement by the actor";
		});
		FuzzyDate date = statement.getDate();
		if (date.precision() == DatePrecision.DAY && date.qualifier() == DateQualifier.EXACT) {
			claim.put("dateCreated", date.day().toString());
		}
		claim.put("temporalCoverage", date.edtf());
		Actor speaker = statement.getSpeaker();
		if (statement.getAttribution() == Attribution.ASSESSED) {
			claim.put("author", Map.of("@type", "Organization", "name", statement.getSource().getLabel()));
		}
		else if (speaker != null) {
			claim.put("author", actor(speaker, base));
		}
		else if (statement.getSpeakerLabel() != null) {
			claim.put("author", Map.of("@type", "Organization", "name", statement.getSpeakerLabel()));
		}
		Map<String, Object> appearance = source(statement.getSource(), base);
		claim.put("appearance", appearance);
		claim.put("firstAppearance", appearance);
		claim.put("about", statement.getTopics().stream().map((topic) -> topic.getName()).sorted().toList());
		claim.put("license", DataLicence.URL);
		return JSON.writeValueAsString(claim).replace("</", "<\\/");
	}

	private static Map<String, Object> actor(Actor actor, String base) {
		Map<String, Object> author = new LinkedHashMap<>();
		author.put("@type", switch (actor.getKind()) {
			case PERSON -> "Person";
			case COUNTRY -> "Country";
			default -> "Organization";
		});
		author.put("name", actor.getName());
		author.put("url", base + "/actors/" + actor.getSlug());
		if (actor.getWikidataQid() != null) {
			author.put("sameAs", List.of("https://www.wikidata.org/wiki/" + actor.getWikidataQid()));
		}
		return author;
	}

	private static Map<String, Object> source(Source source, String base) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("headline", source.getTitle());
		work.put("datePublished", source.getPublishedOn().toString());
		work.put("url", (source.getUrl() != null) ? source.getUrl() : base + "/sources/" + source.getSlug());
		if (source.getOutlet() != null) {
			work.put("publisher", Map.of("@type", "Organization", "name", source.getOutlet()));
		}
		return work;
	}

}
