package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public log of corrections ({@link Corrections}) as a page at {@code /corrections}
 * and as Atom and JSON feeds at {@code /corrections/feed.atom} and {@code .json}.
 */
@Controller
class CorrectionsController {

	private final Corrections corrections;

	private final MessageSource messages;

	CorrectionsController(Corrections corrections, MessageSource messages) {
		this.corrections = corrections;
		this.messages = messages;
	}

	@GetMapping("/corrections")
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("corrections", this.corrections.latest());
		return "opendata/corrections";
	}

	@GetMapping({ "/corrections/feed.atom", "/corrections/feed.json" })
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> feed(HttpServletRequest request) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<AtomFeed.Entry> entries = this.corrections.latest()
			.stream()
			.limit(AtomFeed.ENTRIES)
			.map((correction) -> entry(correction, base))
			.toList();
		AtomFeed feed = new AtomFeed(AtomFeed.TAG + "corrections", message("corrections.title"),
				message("corrections.lead"), base + "/corrections/feed.atom", base + "/corrections",
				message("app.name"), entries);
		if (request.getRequestURI().endsWith(".json")) {
			return ResponseEntity.ok()
				.contentType(JsonFeed.MEDIA_TYPE)
				.body(JsonFeed.of(feed, base + "/corrections/feed.json"));
		}
		return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(feed.toXml());
	}

	private AtomFeed.Entry entry(Corrections.Correction correction, String base) {
		String record = message("corrections.table." + correction.table()) + " #" + correction.id();
		String fields = correction.changes().stream().map(Corrections.Change::field).collect(Collectors.joining(", "));
		String content = correction.changes()
			.stream()
			.map((change) -> change.field() + ": " + show(change.before()) + " \u2192 " + show(change.after()))
			.collect(Collectors.joining("\n"));
		if (correction.reason() != null) {
			content = message("corrections.reason") + " " + correction.reason() + "\n" + content;
		}
		String link = base + ((correction.link() != null) ? correction.link() : "/corrections");
		// The record as it stood just after the correction: the permalink pins it.
		String pinned = link + "?recordedAt=" + correction.at();
		return new AtomFeed.Entry(
				AtomFeed.TAG + "correction-" + correction.revision() + "-" + correction.table() + "-" + correction.id(),
				message("corrections.entry", record, fields), correction.at(), message("app.name"), null,
				correction.reason(), content, link, pinned, message("corrections.pinned"),
				List.of("correction", correction.table()));
	}

	private static String show(@org.jspecify.annotations.Nullable String value) {
		return (value == null || value.isEmpty()) ? "\u2014" : value;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
