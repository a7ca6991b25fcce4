package org.peaceterms.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceterms.actor.Actor;
import org.peaceterms.opendata.DataLicence;
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
		claim.put("description", statement.isVerbatim() ? "Quotation of the speaker's own words"
				: "Paraphrase of what the speaker said, in the source's words");
		claim.put("dateCreated", statement.getSaidOn().toString());
		claim.put("author", actor(statement.getSpeaker(), base));
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
