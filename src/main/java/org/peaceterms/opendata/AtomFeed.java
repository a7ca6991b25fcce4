package org.peaceterms.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * An Atom feed (RFC 4287) and its XML, written with StAX so that every text is escaped by
 * a real XML writer. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE, U+FFFF) become U+FFFD; a carriage return is written as a character
 * reference so that it survives the line-end normalisation of XML parsers.
 *
 * @param id the feed's permanent identifier, a {@code tag:} URI
 * @param self the feed's own absolute address
 * @param alternate the absolute address of the page the feed follows
 */
public record AtomFeed(String id, String title, @Nullable String subtitle, String self, String alternate, String author,
		List<Entry> entries) {

	/** The most entries a feed of this site carries. */
	public static final int ENTRIES = 50;

	/** {@code application/atom+xml;charset=UTF-8}. */
	public static final MediaType MEDIA_TYPE = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/**
	 * Prefix of the feeds' {@code tag:} identifiers (RFC 4151): fixed, so that ids stay
	 * the same whatever host name the site is served under.
	 */
	public static final String TAG = "tag:peace-terms-tracker,2025:";

	private static final String NS = "http://www.w3.org/2005/Atom";

	/** The {@code updated} of a feed without entries: fixed, so that its ETag is too. */
	private static final Instant EMPTY_UPDATED = Instant.parse("2025-01-01T00:00:00Z");

	/** The Atom {@code updated} of a day: its start, in UTC. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The feed as UTF-8 XML. */
	public byte[] toXml() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NS);
			xml.writeStartElement(NS, "feed");
			xml.writeDefaultNamespace(NS);
			text(xml, "id", this.id);
			text(xml, "title", this.title);
			if (this.subtitle != null) {
				text(xml, "subtitle", this.subtitle);
			}
			text(xml, "updated", format(updated()));
			link(xml, "self", this.self, null);
			link(xml, "alternate", this.alternate, null);
			writeAuthor(xml, this.author, null);
			text(xml, "generator", "Peace Terms Tracker");
			for (Entry entry : this.entries) {
				entry.write(xml);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("could not write the feed", ex);
		}
		return out.toByteArray();
	}

	/** The newest entry's {@code updated}. */
	public Instant updated() {
		return this.entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(EMPTY_UPDATED);
	}

	/**
	 * {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD.
	 */
	public static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> safe.appendCodePoint(isXmlChar(c) ? c : 0xFFFD));
		return safe.toString();
	}

	private static boolean isXmlChar(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(NS, element);
		characters(xml, value);
		xml.writeEndElement();
	}

	private static void characters(XMLStreamWriter xml, String value) throws XMLStreamException {
		String safe = xmlSafe(value);
		int start = 0;
		for (int cr = safe.indexOf('\r'); cr >= 0; cr = safe.indexOf('\r', start)) {
			xml.writeCharacters(safe.substring(start, cr));
			xml.writeEntityRef("#13");
			start = cr + 1;
		}
		xml.writeCharacters(safe.substring(start));
	}

	private static void link(XMLStreamWriter xml, String rel, String href, @Nullable String title)
			throws XMLStreamException {
		xml.writeEmptyElement(NS, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", xmlSafe(href));
		if (title != null) {
			xml.writeAttribute("title", xmlSafe(title).replace('\r', ' '));
		}
	}

	private static void writeAuthor(XMLStreamWriter xml, String name, @Nullable String uri) throws XMLStreamException {
		xml.writeStartElement(NS, "author");
		text(xml, "name", name);
		if (uri != null) {
			text(xml, "uri", uri);
		}
		xml.writeEndElement();
	}

	/**
	 * One entry of a feed.
	 *
	 * @param id the entry's permanent identifier, a {@code tag:} URI
	 * @param authorUri the absolute address of the author's page, if any
	 * @param summary a short text beside the content, if any
	 * @param content the entry's text, written as {@code type="text"}
	 * @param alternate the absolute address of the entry's page
	 * @param related the absolute address of the entry's source, if any
	 * @param relatedTitle what the source is called
	 * @param categories category terms (topic slugs and the kind of entry)
	 */
	public record Entry(String id, String title, Instant updated, String author, @Nullable String authorUri,
			@Nullable String summary, String content, String alternate, @Nullable String related,
			@Nullable String relatedTitle, List<String> categories) {

		void write(XMLStreamWriter xml) throws XMLStreamException {
			xml.writeStartElement(NS, "entry");
			text(xml, "id", this.id);
			text(xml, "title", this.title);
			text(xml, "updated", format(this.updated));
			text(xml, "published", format(this.updated));
			writeAuthor(xml, this.author, this.authorUri);
			link(xml, "alternate", this.alternate, null);
			if (this.related != null) {
				link(xml, "related", this.related, this.relatedTitle);
			}
			for (String category : this.categories) {
				xml.writeEmptyElement(NS, "category");
				xml.writeAttribute("term", xmlSafe(category));
			}
			if (this.summary != null) {
				text(xml, "summary", this.summary);
			}
			xml.writeStartElement(NS, "content");
			xml.writeAttribute("type", "text");
			characters(xml, this.content);
			xml.writeEndElement();
			xml.writeEndElement();
		}

	}

}
