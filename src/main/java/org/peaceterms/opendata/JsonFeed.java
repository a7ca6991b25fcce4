package org.peaceterms.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Feed 1.1 form of an {@link AtomFeed}: the same entries, ids, titles, dates,
 * authors, links and categories (as tags). Each item carries its citation twice: the
 * source's address as {@code external_url}, and the source's label and address in the
 * {@code _citation} extension object.
 */
public final class JsonFeed {

	/** {@code application/feed+json;charset=UTF-8}. */
	public static final MediaType MEDIA_TYPE = new MediaType("application", "feed+json", StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonFeed() {
	}

	/**
	 * {@code feed} as a JSON Feed 1.1 document; {@code self} is the JSON feed's address.
	 */
	public static byte[] of(AtomFeed feed, String self) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("version", "https://jsonfeed.org/version/1.1");
		json.put("title", feed.title());
		json.put("home_page_url", feed.alternate());
		json.put("feed_url", self);
		if (feed.subtitle() != null) {
			json.put("description", feed.subtitle());
		}
		json.put("authors", List.of(Map.of("name", feed.author())));
		json.put("language", "en");
		json.put("_licence", Map.of("id", DataLicence.ID, "url", DataLicence.URL));
		List<Map<String, Object>> items = new ArrayList<>();
		for (AtomFeed.Entry entry : feed.entries()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", entry.id());
			item.put("url", entry.alternate());
			if (entry.related() != null) {
				item.put("external_url", entry.related());
			}
			item.put("title", entry.title());
			item.put("content_text", entry.content());
			if (entry.summary() != null) {
				item.put("summary", entry.summary());
			}
			item.put("date_published", entry.updated().toString());
			Map<String, Object> author = new LinkedHashMap<>();
			author.put("name", entry.author());
			if (entry.authorUri() != null) {
				author.put("url", entry.authorUri());
			}
			item.put("authors", List.of(author));
			item.put("tags", entry.categories());
			if (entry.related() != null) {
				Map<String, Object> citation = new LinkedHashMap<>();
				citation.put("source", (entry.relatedTitle() != null) ? entry.relatedTitle() : entry.related());
				citation.put("url", entry.related());
				item.put("_citation", citation);
			}
			items.add(item);
		}
		json.put("items", items);
		return JSON.writeValueAsBytes(json);
	}

}
