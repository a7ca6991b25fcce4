package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceterms.actor.Actor;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.actor.ActorRepository;
import org.peaceterms.event.Event;
import org.peaceterms.event.EventKind;
import org.peaceterms.event.EventRepository;
import org.peaceterms.event.EventStatus;
import org.peaceterms.shared.Attribution;
import org.peaceterms.shared.Confidence;
import org.peaceterms.shared.DatePrecision;
import org.peaceterms.shared.DateQualifier;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Reliability;
import org.peaceterms.source.Source;
import org.peaceterms.source.SourceKind;
import org.peaceterms.source.SourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * The as-of date with uncertain dates (ADR 7): a record never appears before its source
 * was published; a month-precision record appears from the first day of its month but not
 * before its source's date; a scheduled event is on record (as scheduled) from its
 * source's date and never among the recent events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UncertainDatesAsOfTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementRepository statements;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private EventRepository events;

	private Event summit;

	@BeforeEach
	void records() {
		Actor ruritania = this.actors.save(new Actor("ruritania-asof", "Ruritania", ActorKind.COUNTRY, null));
		Source lateFebruary = this.sources.save(new Source("zenda-2030-02-20", "Zenda Daily", "Quokka report", null,
				LocalDate.of(2030, 2, 20), SourceKind.NEWS, Reliability.ESTABLISHED));
		Statement february = new Statement(ruritania, ruritania, LocalDate.of(2030, 2, 1),
				"Quokkamonth Ruritania offered troops in February.", Attribution.PARAPHRASED, lateFebruary, Set.of());
		february.update(ruritania, null, ruritania, LocalDate.of(2030, 2, 1), february.getText(),
				Attribution.PARAPHRASED, lateFebruary, Set.of(), null, null, null, null,
				new Sourcing(DatePrecision.MONTH, DateQualifier.EXACT, null, Confidence.SINGLE_SOURCE));
		this.statements.save(february);
		Source early = this.sources.save(new Source("zenda-2030-01-10", "Zenda Daily", "Quokka earlier", null,
				LocalDate.of(2030, 1, 10), SourceKind.NEWS, Reliability.ESTABLISHED));
		Statement january = new Statement(ruritania, ruritania, LocalDate.of(2030, 1, 1),
				"Quokkayear Ruritania said it in 2030.", Attribution.PARAPHRASED, early, Set.of());
		january.update(ruritania, null, ruritania, LocalDate.of(2030, 1, 1), january.getText(), Attribution.PARAPHRASED,
				early, Set.of(), null, null, null, null,
				new Sourcing(DatePrecision.YEAR, DateQualifier.APPROXIMATE, null, Confidence.SINGLE_SOURCE));
		this.statements.save(january);
		Source announcement = this.sources.save(new Source("zenda-2030-03-01", "Zenda Daily", "Quokka summit due", null,
				LocalDate.of(2030, 3, 1), SourceKind.NEWS, Reliability.ESTABLISHED));
		this.summit = new Event("quokka-summit-2030", "Quokka summit", EventKind.MEETING, LocalDate.of(2030, 3, 10),
				null, Set.of(announcement));
		this.summit.setStatus(EventStatus.SCHEDULED);
		this.summit = this.events.save(this.summit);
		this.statements.flush();
	}

	@Test
	void aMonthPrecisionStatementAppearsOnlyOnceItsSourceWasPublished() {
		assertThat(page("/statements?q=quokkamonth&asOf=2030-01-31")).doesNotContain("Quokkamonth");
		assertThat(page("/statements?q=quokkamonth&asOf=2030-02-10")).doesNotContain("Quokkamonth");
		assertThat(page("/statements?q=quokkamonth&asOf=2030-02-20")).contains("Quokkamonth").contains(">Feb 2030<");
		assertThat(page("/api/v1/statements?q=quokkamonth&asOf=2030-02-19")).doesNotContain("Quokkamonth");
		assertThat(page("/api/v1/statements?q=quokkamonth&asOf=2030-02-20")).contains("\"edtf\":\"2030-02\"")
			.contains("\"earliest\":\"2030-02-01\"")
			.contains("\"latest\":\"2030-02-28\"");
	}

	@Test
	void anApproximateYearShowsAsAboutTheYearFromItsSourcesDate() {
		assertThat(page("/statements?q=quokkayear&asOf=2030-01-09")).doesNotContain("Quokkayear");
		assertThat(page("/statements?q=quokkayear&asOf=2030-01-10")).contains("Quokkayear").contains("about 2030");
		assertThat(page("/statements.csv?q=quokkayear&asOf=2030-01-10")).contains("2030~");
	}

	@Test
	void aScheduledEventIsListedAsScheduledFromItsSourceAndNeverAsRecent() {
		assertThat(this.events.findScheduled(LocalDate.of(2030, 2, 28), PageRequest.of(0, 5)))
			.doesNotContain(this.summit);
		assertThat(this.events.findScheduled(LocalDate.of(2030, 3, 1), PageRequest.of(0, 5))).contains(this.summit);
		assertThat(this.events.findRecent(LocalDate.of(2030, 3, 20), PageRequest.of(0, 50)))
			.doesNotContain(this.summit);
		assertThat(page("/?asOf=2030-03-05")).contains("Scheduled, not yet known to have happened")
			.contains("Quokka summit");
		assertThat(page("/events?asOf=2030-03-05")).contains("Quokka summit").contains("Scheduled");
		assertThat(page("/events?asOf=2030-02-28")).doesNotContain("Quokka summit");
		assertThat(page("/api/v1/events/quokka-summit-2030")).contains("\"status\":\"SCHEDULED\"");
	}

	private String page(String url) {
		var result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
