package org.peaceterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.MultiValueMap;

/**
 * Two editors racing, round after round, as the tester did: both open the same
 * record, change it differently and save at the same instant; and both create a record
 * with the same address (slug) at the same instant. Counts server errors (5xx), silently
 * lost updates (both saves acknowledged, or the stored value not the acknowledged one)
 * and duplicate-address races that did not end in a message at the field.
 */
public final class TwoEditorsRace {

	/** What the rounds produced. */
	public record Outcome(int rounds, int serverErrors, int lostUpdates, int saved, int conflicts,
			int unexplainedCreateRefusals) {

	}

	private TwoEditorsRace() {
	}

	/**
	 * The answer; an exception MockMvc passes through (the container would answer 500) as
	 * a 500.
	 */
	private static MockHttpServletResponse outcome(Future<MockHttpServletResponse> save) throws Exception {
		try {
			return save.get(60, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(ex.getCause()));
			return failed;
		}
	}

	public static Outcome run(MockMvc mvc, JdbcTemplate jdbc, int rounds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int serverErrors = 0;
		int lost = 0;
		int saved = 0;
		int conflicts = 0;
		int unexplained = 0;
		try {
			for (int round = 0; round < rounds; round++) {
				// Update race on shipped source 2.
				String page = mvc
					.perform(MockMvcRequestBuilders.get("/admin/sources/2").with(user("anna").roles("EDITOR")))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				MultiValueMap<String, String> form = HtmlForms.read(page, "form.admin-form");
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
				List<String> titles = List.of("Title by anna " + round, "Title by ben " + round);
				for (int editor = 0; editor < 2; editor++) {
					MultiValueMap<String, String> mine = new org.springframework.util.LinkedMultiValueMap<>(form);
					mine.set("title", titles.get(editor));
					String name = (editor == 0) ? "anna" : "ben";
					saves.add(pool.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						return mvc
							.perform(MockMvcRequestBuilders.post("/admin/sources/2")
								.params(mine)
								.with(user(name).roles("EDITOR"))
								.with(csrf()))
							.andReturn()
							.getResponse();
					}));
				}
				List<String> acknowledged = new ArrayList<>();
				for (int editor = 0; editor < 2; editor++) {
					MockHttpServletResponse response = outcome(saves.get(editor));
					if (response.getStatus() >= 500) {
						serverErrors++;
					}
					else if (response.getStatus() == 302) {
						acknowledged.add(titles.get(editor));
						saved++;
					}
					else if (response.getStatus() == 409) {
						conflicts++;
						// The losing editor's input is on the conflict page.
						if (!response.getContentAsString(StandardCharsets.UTF_8).contains(titles.get(editor))) {
							lost++;
						}
					}
				}
				String stored = jdbc.queryForObject("select title from source where id = 2", String.class);
				if (acknowledged.size() > 1 || (acknowledged.size() == 1 && !acknowledged.get(0).equals(stored))) {
					lost++;
				}
				// Create race: the same slug twice.
				String slug = "race-actor-" + round;
				CyclicBarrier go = new CyclicBarrier(2);
				List<Future<MockHttpServletResponse>> creates = new ArrayList<>();
				for (int editor = 0; editor < 2; editor++) {
					String name = (editor == 0) ? "anna" : "ben";
					creates.add(pool.submit(() -> {
						go.await(10, TimeUnit.SECONDS);
						return mvc
							.perform(MockMvcRequestBuilders.post("/admin/actors/new")
								.param("slug", slug)
								.param("name", "Race actor " + name + " " + slug)
								.param("kind", "ORGANISATION")
								.param("action", "save")
								.with(user(name).roles("EDITOR"))
								.with(csrf()))
							.andReturn()
							.getResponse();
					}));
				}
				for (Future<MockHttpServletResponse> create : creates) {
					MockHttpServletResponse response = outcome(create);
					if (response.getStatus() >= 500) {
						serverErrors++;
					}
					else if (response.getStatus() == 200) {
						String body = response.getContentAsString(StandardCharsets.UTF_8);
						if (!body.contains("Already used by another record")
								&& !body.contains("The database refused")) {
							unexplained++;
						}
					}
				}
				Integer actors = jdbc.queryForObject("select count(*) from actor where slug = ?", Integer.class, slug);
				assertThat(actors).as("actors with slug %s", slug).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Outcome(rounds, serverErrors, lost, saved, conflicts, unexplained);
	}

}
