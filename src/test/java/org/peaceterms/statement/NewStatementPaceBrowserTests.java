package org.peaceterms.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceterms.BrowserSupport;
import org.peaceterms.topic.Condition;
import org.peaceterms.topic.Stance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editors' main flow at a human pace, keyboard only: from the login page to a saved
 * statement by Friedrich Merz (typed as "Merz") with a date, a quote, a new source, the
 * position's topic, its stance and two conditions. Every keystroke (characters, Tab,
 * Space, Enter) takes {@value #KEYSTROKE_MS} ms and every field filled adds
 * {@value #THINK_MS} ms to read its label and decide: the pace of the editor measured in
 * issue 12 (103 s for 401 keystrokes and 22 clicks on the form). The time the test spends
 * asking the browser where the focus is does not count. That editor needed 127 s from
 * login to saved, 119 s keyboard-only with 123 Tabs; this flow must take at most 60 % of
 * that (76 s) and at most 40 Tab stops.
 */
// Writes records: later test classes get a fresh database.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewStatementPaceBrowserTests {

	static final int KEYSTROKE_MS = 175;

	static final int THINK_MS = 1500;

	static final Duration LIMIT = Duration.ofSeconds(76);

	static final int MAX_TABS = 40;

	private static BrowserSupport browser;

	@LocalServerPort
	private int port;

	@Autowired
	private StatementRepository statements;

	@Autowired
	private PositionRepository positions;

	@Autowired
	private TransactionTemplate transactions;

	private int tabs;

	/**
	 * Time the test itself spends asking the browser where the focus is: not the
	 * editor's.
	 */
	private long harnessNanos;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void editorSavesAStatementWithANewSourceAndAPositionByKeyboardAtHumanPaceWithinSixtyPercentOfTodaysTime() {
		Page page = browser.newPage(BrowserSupport.DESKTOP_WIDTH);
		long start = System.nanoTime();
		page.navigate("http://localhost:" + this.port + "/admin/statements/new");
		assertThat(page.url()).endsWith("/login");
		assertThat(focusedId(page)).isEqualTo("username");
		type(page, "admin");
		tabTo(page, "password");
		type(page, "test-admin-password");
		press(page, "Enter");
		page.waitForURL("**/admin/statements/new**");

		// The speaker field has the focus; any part of the name will do.
		assertThat(focusedId(page)).isEqualTo("speaker");
		type(page, "Merz");
		tabTo(page, "saidOn");
		typeDate(page, LocalDate.of(2025, 12, 16));
		tabTo(page, "text");
		type(page, "Germany is ready to send troops to secure a ceasefire.");
		String multinationalForce = idOf(page, "Multinational force / foreign troops");
		tabTo(page, multinationalForce);
		press(page, "Space");
		tabTo(page, "sourceOutlet");
		type(page, "Handelsblatt");
		tabTo(page, "sourceTitle");
		type(page, "Merz: Germany ready to send troops");
		tabTo(page, "sourceUrl");
		type(page, "https://www.handelsblatt.com/merz-troops");
		tabTo(page, "sourcePublishedOn");
		typeDate(page, LocalDate.of(2025, 12, 17));
		// Topic before stance: the position's topic starts as the statement's, and the
		// stance
		// offers only that topic's ladder.
		tabTo(page, "stance");
		assertThat(page.locator("#positionTopicId").inputValue())
			.isEqualTo(page.locator("#" + multinationalForce).getAttribute("value"));
		assertThat(page.locator("#stance optgroup[data-ladder=GENERAL]").isHidden()).isTrue();
		type(page, "Will");
		tabTo(page, idOf(page, "Needs US backstop"));
		press(page, "Space");
		tabTo(page, idOf(page, "Needs parliamentary approval"));
		press(page, "Space");
		tabTo(page, "save");
		page.waitForNavigation(() -> press(page, "Enter"));
		Duration took = Duration.ofNanos(System.nanoTime() - start - this.harnessNanos);

		assertThat(page.locator(".notice-ok").textContent()).contains("Saved");
		assertThat(page.getByText("View it on the site").getAttribute("href")).startsWith("/statements/");
		this.transactions.executeWithoutResult((status) -> {
			Statement saved = this.statements.findAll()
				.stream()
				.filter((statement) -> statement.getText().startsWith("Germany is ready to send troops"))
				.findFirst()
				.orElseThrow();
			assertThat(saved.getSpeaker().getName()).isEqualTo("Friedrich Merz");
			assertThat(saved.getSaidOn()).isEqualTo(LocalDate.of(2025, 12, 16));
			assertThat(saved.getSource().getOutlet()).isEqualTo("Handelsblatt");
			assertThat(this.positions.findAll()).anyMatch((position) -> position.getEvidence().contains(saved)
					&& position.getActor().getName().equals("Germany") && position.getStance() == Stance.WILLING
					&& position.getConditions()
						.equals(Set.of(Condition.US_BACKSTOP, Condition.PARLIAMENTARY_APPROVAL)));
		});
		System.out.println("New statement, keyboard only at a human pace: " + took.toMillis() + " ms, " + this.tabs
				+ " Tab stops (issue 12 measured 119 s and 123 Tabs; limits " + LIMIT.toSeconds() + " s, " + MAX_TABS
				+ " Tabs)");
		assertThat(this.tabs).isLessThanOrEqualTo(MAX_TABS);
		assertThat(took).isLessThanOrEqualTo(LIMIT);
		page.close();
	}

	/** Reads the field's label, then types at the editor's pace. */
	private static void type(Page page, String text) {
		page.waitForTimeout(THINK_MS);
		page.keyboard().type(text, new Keyboard.TypeOptions().setDelay(KEYSTROKE_MS));
	}

	/**
	 * A date as a person types it into the browser's date field: the digits of each part
	 * in the field's order (this browser runs in US English: month, day, year).
	 */
	private static void typeDate(Page page, LocalDate date) {
		type(page, "%02d%02d%04d".formatted(date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
	}

	private static void press(Page page, String key) {
		page.keyboard().press(key);
		page.waitForTimeout(KEYSTROKE_MS);
	}

	/** Presses Tab until the element with the id has the focus, counting the stops. */
	private void tabTo(Page page, String id) {
		for (int i = 0; i < 80; i++) {
			press(page, "Tab");
			this.tabs++;
			if (id.equals(focusedId(page))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached #" + id + "; stuck at #" + focusedId(page));
	}

	private String focusedId(Page page) {
		long start = System.nanoTime();
		Object id = page.evaluate("document.activeElement && document.activeElement.id");
		this.harnessNanos += System.nanoTime() - start;
		return (id != null) ? id.toString() : "";
	}

	private String idOf(Page page, String label) {
		long start = System.nanoTime();
		String id = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).getAttribute("id");
		this.harnessNanos += System.nanoTime() - start;
		return id;
	}

}
