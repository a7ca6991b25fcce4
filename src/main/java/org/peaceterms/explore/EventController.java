package org.peaceterms.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventKind;
import org.peaceterms.event.EventRepository;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.proposal.ProposalRepository;
import org.peaceterms.shared.AsOf;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The events timeline, newest first and grouped by month: kind, place, dates, date note,
 * participants, sources, and the proposals presented at each. It lives here rather than
 * in {@code event} because it shows proposals, and {@code proposal} depends on
 * {@code event}, not the other way round.
 */
@Controller
class EventController {

	private final EventRepository events;

	private final ProposalRepository proposals;

	EventController(EventRepository events, ProposalRepository proposals) {
		this.events = events;
		this.proposals = proposals;
	}

	@GetMapping("/events")
	@Transactional(readOnly = true)
	String list(AsOf asOf, @RequestParam(required = false) @Nullable EventKind kind, Model model,
			HttpServletRequest request) {
		Permalink.pin(request, "kind", kind);
		List<Event> timeline = of(this.events.findAllAsOf(asOf.effective()), kind);
		this.events.findAllAsOfWithSources(asOf.effective());
		Map<Event, List<Proposal>> presented = new LinkedHashMap<>();
		for (Proposal proposal : this.proposals.findPresentedAtEvents(asOf.effective())) {
			presented.computeIfAbsent(proposal.getPresentedAt(), (event) -> new ArrayList<>()).add(proposal);
		}
		Map<YearMonth, List<Event>> byMonth = new LinkedHashMap<>();
		for (Event event : timeline) {
			byMonth.computeIfAbsent(YearMonth.from(event.getStartsOn()), (month) -> new ArrayList<>()).add(event);
		}
		model.addAttribute("byMonth", byMonth);
		model.addAttribute("presented", presented);
		model.addAttribute("count", timeline.size());
		model.addAttribute("eventKinds", EventKind.values());
		model.addAttribute("kindFilter", kind);
		return "explore/events";
	}

	/** The events the page lists, newest first as on the page, as CSV or JSON. */
	@GetMapping({ "/events.csv", "/events.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(AsOf asOf, @RequestParam(required = false) @Nullable EventKind kind,
			HttpServletRequest request) {
		List<Event> timeline = of(this.events.findAllAsOf(asOf.effective()), kind);
		this.events.findAllAsOfWithSources(asOf.effective());
		Map<Event, List<Proposal>> presented = new LinkedHashMap<>();
		for (Proposal proposal : this.proposals.findPresentedAtEvents(asOf.effective())) {
			presented.computeIfAbsent(proposal.getPresentedAt(), (event) -> new ArrayList<>()).add(proposal);
		}
		List<EventRow> rows = timeline.stream()
			.map((event) -> EventRow.of(event, presented.getOrDefault(event, List.of())))
			.toList();
		return Download.of(request, "events", asOf, EventRow.class, rows);
	}

	private static List<Event> of(List<Event> events, @Nullable EventKind kind) {
		return (kind == null) ? events : events.stream().filter((event) -> event.getKind() == kind).toList();
	}

}
