package org.peaceterms.bench;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a large, plausible data set for benchmarks: run the application
 * with {@code --peaceterms.generate.statements=100000} (and
 * {@code --peaceterms.generate.exit=true} to stop once done). It adds, next to the
 * shipped data, 200 actors (countries, people, organisations, coalitions), one source per
 * five statements, the statements with one or two topics each, about one position per
 * twenty statements (each resting on a statement of its actor) and one commitment per
 * fifty statements with its sources, all through JDBC batch inserts, then one Envers
 * revision that baselines every generated row (as V11 does for the shipped data), so the
 * admin history works on them. The same seed gives the same data. Works on H2 and
 * PostgreSQL; never runs unless the property is set.
 */
@Component
@ConditionalOnProperty("peaceterms.generate.statements")
@Order(100)
public class DataGenerator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DataGenerator.class);

	private static final int BATCH = 1000;

	private static final LocalDate FIRST_DAY = LocalDate.of(2022, 3, 1);

	private static final int DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_DAY.toEpochDay());

	private static final String[] OUTLETS = { "The Daily Ledger", "Continental Wire", "Kyiv Morning Post",
			"Baltic Courier", "Atlantic Review", "Danube Herald", "Northern Dispatch", "Capital Observer", null };

	private static final String[] SOURCE_KINDS = { "NEWS", "NEWS", "NEWS", "OFFICIAL_TEXT", "INTERVIEW", "OP_ED",
			"REPORT", "SOCIAL_MEDIA" };

	private static final String[] RELIABILITY = { "ESTABLISHED", "ESTABLISHED", "SECONDARY", "PRIMARY", "UNVERIFIED" };

	private static final String[] TROOP_STANCES = { "RULES_OUT", "NOT_NOW", "OPEN", "NON_GROUND", "WILLING",
			"QUANTIFIED", "LEADING" };

	private static final String[] GENERAL_STANCES = { "OPPOSES", "SCEPTICAL", "UNDECIDED", "CONDITIONAL", "SUPPORTS" };

	private static final String[] ATTRIBUTIONS = { "SAID", "SAID", "SAID", "SAID", "PARAPHRASED", "REPORTED" };

	private static final String[] CONFIDENCES = { "SINGLE_SOURCE", "SINGLE_SOURCE", "SINGLE_SOURCE", "CONFIRMED",
			"UNCONFIRMED", "DISPUTED" };

	private static final String[] CONDITIONS = { "US_BACKSTOP", "CEASEFIRE_FIRST", "PEACE_AGREEMENT",
			"PARLIAMENTARY_APPROVAL", "CONSTITUTIONAL_LIMITS", "CLEAR_MANDATE" };

	private static final String[] OPENINGS = { "We are ready to discuss", "Our government will not accept",
			"There can be no lasting peace without", "We have made clear our position on",
			"It is too early to speak about", "Our partners agree that", "We will continue to work on",
			"Any agreement must address", "We stand by our commitment to", "We call on all sides to respect" };

	private static final String[] SUBJECTS = { "troops on the ground after a ceasefire",
			"a multinational force backed by the United States", "the monitoring of the line of contact",
			"binding security guarantees for Ukraine", "the question of occupied territory",
			"control of the Zaporizhzhia nuclear plant", "the use of frozen Russian assets for reconstruction",
			"Ukraine's path to the European Union", "Ukraine's membership of NATO",
			"compensation for the damage of the war", "continued military support to Kyiv",
			"the size of Ukraine's armed forces in peacetime" };

	private static final String[] CLOSINGS = { "and we will decide together with our allies.",
			"as parliament must approve any deployment.", "once a ceasefire holds.", "without further delay.",
			"in close coordination with Washington.", "as the talks in Geneva continue.",
			"and the details are still being worked out.", "as we said at the summit." };

	private final JdbcTemplate jdbc;

	private final @Nullable ConfigurableApplicationContext context;

	private final boolean exit;

	private final int statements;

	private final long seed;

	private final SplittableRandom random;

	DataGenerator(JdbcTemplate jdbc, @Nullable ConfigurableApplicationContext context,
			@Value("${peaceterms.generate.statements}") int statements,
			@Value("${peaceterms.generate.seed:20251216}") long seed,
			@Value("${peaceterms.generate.exit:false}") boolean exit) {
		this.jdbc = jdbc;
		this.context = context;
		this.exit = exit;
		this.statements = statements;
		this.seed = seed;
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Adds {@code statements} generated statements (and the actors, sources, positions
	 * and commitments that go with them) to the database behind {@code jdbc}.
	 */
	public static void generate(JdbcTemplate jdbc, int statements, long seed) {
		new DataGenerator(jdbc, null, statements, seed, false).generate();
	}

	@Override
	public void run(ApplicationArguments args) {
		generate();
		if (this.exit && this.context != null) {
			// A command, not a server: stop once the data is in.
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	private void generate() {
		long started = System.nanoTime();
		long generated = count("select count(*) from actor where slug like 'gen-%'");
		if (generated > 0) {
			logger.info("Generated data already present ({} generated actors): nothing to do", generated);
			return;
		}
		List<Long> topics = this.jdbc.queryForList("select id from topic where retired = false order by id",
				Long.class);
		List<String> ladders = this.jdbc.queryForList("select ladder from topic where retired = false order by id",
				String.class);
		long actorBase = nextId("actor");
		long sourceBase = nextId("source");
		long statementBase = nextId("statement");
		long positionBase = nextId("actor_position");
		long commitmentBase = nextId("commitment");
		int actorCount = 200;
		int sourceCount = Math.max(1, this.statements / 5);
		int positionCount = Math.max(1, this.statements / 20);
		int commitmentCount = Math.max(1, this.statements / 50);

		// Actors: 60 countries, 110 people, 20 organisations, 10 coalitions.
		String[] kinds = new String[actorCount];
		List<Object[]> actors = new ArrayList<>();
		for (int i = 0; i < actorCount; i++) {
			String kind = (i < 60) ? "COUNTRY" : (i < 170) ? "PERSON" : (i < 190) ? "ORGANISATION" : "COALITION";
			kinds[i] = kind;
			String name = actorName(kind, i);
			actors.add(new Object[] { actorBase + i, "gen-" + slug(name) + "-" + i, name, kind, null,
					"Generated for benchmarks (" + kind.toLowerCase(Locale.ROOT) + ")." });
		}
		batch("insert into actor (id, slug, name, kind, iso_code, description, retired, version)"
				+ " values (?, ?, ?, ?, ?, ?, false, 0)", actors);

		// Sources, each with a date; statements and positions cite a source and are said
		// on or just before its date.
		int[] sourceDay = new int[sourceCount];
		List<Object[]> rows = new ArrayList<>(BATCH);
		for (int i = 0; i < sourceCount; i++) {
			sourceDay[i] = this.random.nextInt(DAYS);
			LocalDate published = FIRST_DAY.plusDays(sourceDay[i]);
			String outlet = pick(OUTLETS);
			String title = pick(SUBJECTS) + ": " + pick(OPENINGS).toLowerCase(Locale.ROOT);
			rows.add(new Object[] { sourceBase + i, "gen-source-" + i, outlet, capitalise(title),
					"https://example.org/news/" + published + "/" + i, Date.valueOf(published), pick(SOURCE_KINDS),
					(outlet == null) ? "SECONDARY" : pick(RELIABILITY) });
			rows = flush("insert into source (id, slug, outlet, title, url, published_on, kind, reliability, retired,"
					+ " version) values (?, ?, ?, ?, ?, ?, ?, ?, false, 0)", rows, i == sourceCount - 1);
		}

		// Statements (in the evidence model of V20): a person speaks on behalf of a
		// country or organisation, a country speaks through its government, or unnamed
		// officials speak for a country (no speaker, a speaker label). Most are the
		// speaker's own words (SAID, with the passage as excerpt), the rest paraphrased
		// or
		// reported by someone (REPORTED, according to); every date is exact to the day.
		int[] statementActor = new int[this.statements];
		List<Object[]> topicRows = new ArrayList<>(BATCH * 2);
		for (int i = 0; i < this.statements; i++) {
			int source = this.random.nextInt(sourceCount);
			int speaker = speaker(kinds);
			Long speakerId = actorBase + speaker;
			String speakerLabel = null;
			Long behalf = null;
			if ("PERSON".equals(kinds[speaker])) {
				behalf = actorBase + (speaker % 60);
			}
			else if (this.random.nextInt(25) == 0) {
				speakerId = null;
				speakerLabel = "Officials of " + actorName(kinds[speaker], speaker);
				behalf = actorBase + speaker;
			}
			statementActor[i] = (behalf != null) ? (int) (behalf - actorBase) : speaker;
			int subject = this.random.nextInt(SUBJECTS.length);
			String text = pick(OPENINGS) + " " + SUBJECTS[subject] + " " + pick(CLOSINGS);
			LocalDate said = FIRST_DAY.plusDays(Math.max(0, sourceDay[source] - this.random.nextInt(3)));
			String attribution = pick(ATTRIBUTIONS);
			String accordingTo = "REPORTED".equals(attribution) ? "according to " + pick(CLOSINGS).split(" ")[1] : null;
			rows.add(new Object[] { statementBase + i, speakerId, speakerLabel, behalf, Date.valueOf(said), text,
					attribution, accordingTo, "SAID".equals(attribution) ? text : null, pick(CONFIDENCES),
					sourceBase + source });
			long topic = topics.get(subject % topics.size());
			topicRows.add(new Object[] { statementBase + i, topic });
			if (this.random.nextInt(3) == 0) {
				long other = topics.get(this.random.nextInt(topics.size()));
				if (other != topic) {
					topicRows.add(new Object[] { statementBase + i, other });
				}
			}
			if (rows.size() >= BATCH || i == this.statements - 1) {
				batch("insert into statement (id, speaker_id, speaker_label, on_behalf_of_id, said_on, text,"
						+ " attribution, according_to, excerpt, confidence, date_precision, date_qualifier,"
						+ " source_id, retired, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DAY', 'EXACT', ?,"
						+ " false, 0)", rows);
				batch("insert into statement_topic (statement_id, topic_id) values (?, ?)", topicRows);
				rows.clear();
				topicRows.clear();
			}
		}

		// Positions: a statement of the actor is the evidence; the stance is on the
		// topic's ladder.
		List<Object[]> evidence = new ArrayList<>(BATCH);
		List<Object[]> conditions = new ArrayList<>();
		for (int i = 0; i < positionCount; i++) {
			int statement = this.random.nextInt(this.statements);
			int topicIndex = this.random.nextInt(topics.size());
			String[] ladder = "TROOPS".equals(ladders.get(topicIndex)) ? TROOP_STANCES : GENERAL_STANCES;
			String stance = pick(ladder);
			LocalDate from = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
			rows.add(new Object[] { positionBase + i, actorBase + statementActor[statement], topics.get(topicIndex),
					stance, Date.valueOf(from), sourceBase + this.random.nextInt(sourceCount),
					"Generated position: " + stance.toLowerCase(Locale.ROOT).replace('_', ' ') + " on "
							+ SUBJECTS[topicIndex % SUBJECTS.length] + "." });
			evidence.add(new Object[] { positionBase + i, statementBase + statement });
			if (this.random.nextInt(4) == 0) {
				conditions.add(new Object[] { positionBase + i, pick(CONDITIONS) });
			}
			if (rows.size() >= BATCH || i == positionCount - 1) {
				batch("insert into actor_position (id, actor_id, topic_id, stance, valid_from, source_id, summary,"
						+ " retired, version) values (?, ?, ?, ?, ?, ?, ?, false, 0)", rows);
				rows.clear();
				batch("insert into position_evidence (position_id, statement_id) values (?, ?)", evidence);
				batch("insert into position_condition (position_id, condition_code) values (?, ?)", conditions);
				evidence.clear();
				conditions.clear();
			}
		}

		// Commitments with one or two sources.
		List<Object[]> commitmentSources = new ArrayList<>(BATCH);
		String[] commitmentKinds = { "TROOPS", "TROOPS", "MONEY", "CAPABILITY", "POLITICAL" };
		String[] bases = { "PLEDGE", "PLEDGE", "ASK", "ESTIMATE" };
		String[] statuses = { "REPORTED", "PLEDGED", "CONDITIONAL", "DELIVERED", "WITHDRAWN" };
		for (int i = 0; i < commitmentCount; i++) {
			int actor = (this.random.nextInt(5) == 0) ? 170 + this.random.nextInt(30) : this.random.nextInt(60);
			String kind = pick(commitmentKinds);
			Long min = null;
			Long max = null;
			String unit = null;
			if ("TROOPS".equals(kind)) {
				unit = "troops";
				min = 500L * (1 + this.random.nextInt(40));
				max = (this.random.nextBoolean()) ? min + 500L * this.random.nextInt(10) : null;
			}
			else if ("MONEY".equals(kind)) {
				unit = "EUR";
				min = 10_000_000L * (1 + this.random.nextInt(300));
				max = min;
			}
			long topic = "TROOPS".equals(kind) ? topics.get(1 % topics.size())
					: topics.get(this.random.nextInt(topics.size()));
			LocalDate made = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
			rows.add(new Object[] { commitmentBase + i, actorBase + actor, topic, kind, pick(bases), pick(statuses),
					"Generated commitment " + i + ": " + pick(SUBJECTS) + ".", min, max, unit,
					(min != null) ? String.format(Locale.ROOT, "%,d", min) : null, Date.valueOf(made) });
			commitmentSources.add(new Object[] { commitmentBase + i, sourceBase + this.random.nextInt(sourceCount) });
			if (rows.size() >= BATCH || i == commitmentCount - 1) {
				batch("insert into commitment (id, actor_id, topic_id, kind, basis, status, description, amount_min,"
						+ " amount_max, amount_unit, amount_text, made_on, retired, version)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)", rows);
				rows.clear();
				batch("insert into commitment_source (commitment_id, source_id) values (?, ?)", commitmentSources);
				commitmentSources.clear();
			}
		}

		restartIdentity("actor", actorBase + actorCount);
		restartIdentity("source", sourceBase + sourceCount);
		restartIdentity("statement", statementBase + this.statements);
		restartIdentity("actor_position", positionBase + positionCount);
		restartIdentity("commitment", commitmentBase + commitmentCount);
		baseline(actorBase, sourceBase, statementBase, positionBase, commitmentBase);
		logger.info("Generated {} statements, {} actors, {} sources, {} positions, {} commitments (seed {}) in {} ms",
				this.statements, actorCount, sourceCount, positionCount, commitmentCount, this.seed,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * One revision for everything generated, with an audit row per record, as V11 does
	 * for the shipped data.
	 */
	private void baseline(long actorBase, long sourceBase, long statementBase, long positionBase, long commitmentBase) {
		this.jdbc.update("insert into revision (created_at, username) values (?, null)", System.currentTimeMillis());
		long rev = count("select max(id) from revision");
		this.jdbc.update(
				"insert into actor_aud (id, rev, revtype, slug, name, kind, iso_code, description, retired)"
						+ " select id, ?, 0, slug, name, kind, iso_code, description, retired from actor where id >= ?",
				rev, actorBase);
		this.jdbc.update("insert into source_aud (id, rev, revtype, slug, outlet, title, url, published_on, date_note,"
				+ " kind, reliability, retired) select id, ?, 0, slug, outlet, title, url, published_on, date_note,"
				+ " kind, reliability, retired from source where id >= ?", rev, sourceBase);
		this.jdbc.update("insert into statement_aud (id, rev, revtype, speaker_id, speaker_label, on_behalf_of_id,"
				+ " said_on, text, attribution, according_to, date_precision, date_qualifier, excerpt, confidence,"
				+ " source_id, event_id, provision_id, context, retired) select id, ?, 0, speaker_id, speaker_label,"
				+ " on_behalf_of_id, said_on, text, attribution, according_to, date_precision, date_qualifier,"
				+ " excerpt, confidence, source_id, event_id, provision_id, context, retired from statement"
				+ " where id >= ?", rev, statementBase);
		this.jdbc.update(
				"insert into statement_topic_aud (rev, revtype, statement_id, topic_id)"
						+ " select ?, 0, statement_id, topic_id from statement_topic where statement_id >= ?",
				rev, statementBase);
		this.jdbc.update("insert into actor_position_aud (id, rev, revtype, actor_id, topic_id, stance, valid_from,"
				+ " source_id, summary, note, date_precision, date_qualifier, excerpt, confidence, retired)"
				+ " select id, ?, 0, actor_id, topic_id, stance, valid_from, source_id, summary, note,"
				+ " date_precision, date_qualifier, excerpt, confidence, retired from actor_position"
				+ " where id >= ?", rev, positionBase);
		this.jdbc.update(
				"insert into position_evidence_aud (rev, revtype, position_id, statement_id)"
						+ " select ?, 0, position_id, statement_id from position_evidence where position_id >= ?",
				rev, positionBase);
		this.jdbc.update(
				"insert into position_condition_aud (rev, revtype, position_id, condition_code)"
						+ " select ?, 0, position_id, condition_code from position_condition where position_id >= ?",
				rev, positionBase);
		this.jdbc.update("insert into commitment_aud (id, rev, revtype, actor_id, topic_id, kind, basis, status,"
				+ " description, amount_min, amount_max, amount_unit, amount_period, amount_text, conditions_note,"
				+ " made_on, attribution, according_to, date_precision, date_qualifier, excerpt, confidence,"
				+ " retired) select id, ?, 0, actor_id, topic_id, kind, basis, status, description, amount_min,"
				+ " amount_max, amount_unit, amount_period, amount_text, conditions_note, made_on, attribution,"
				+ " according_to, date_precision, date_qualifier, excerpt, confidence, retired from commitment"
				+ " where id >= ?", rev, commitmentBase);
		this.jdbc.update(
				"insert into commitment_source_aud (rev, revtype, commitment_id, source_id)"
						+ " select ?, 0, commitment_id, source_id from commitment_source where commitment_id >= ?",
				rev, commitmentBase);
	}

	private int speaker(String[] kinds) {
		// Two in three statements by a person, the rest by a country or organisation.
		if (this.random.nextInt(3) != 0) {
			return 60 + this.random.nextInt(110);
		}
		int i = this.random.nextInt(80);
		return (i < 60) ? i : 170 + (i - 60);
	}

	private static String actorName(String kind, int i) {
		String[] countries = { "Aldoria", "Brenvia", "Carpathia", "Dalmora", "Estvia", "Fennmark", "Galdor", "Hestria",
				"Istvania", "Jorvik", "Kalevia", "Lothmark", "Mirenza", "Norvaal", "Ostrava" };
		String[] first = { "Anna", "Boris", "Clara", "David", "Elena", "Filip", "Greta", "Hugo", "Irena", "Jan",
				"Katja", "Lars", "Marta", "Niko", "Olga" };
		String[] last = { "Novak", "Berg", "Costa", "Dumont", "Eriksen", "Fischer", "Horvat", "Ivanova", "Jensen",
				"Kowalski", "Larsen", "Moreau", "Nieminen", "Ortega", "Petrov" };
		return switch (kind) {
			case "COUNTRY" -> countries[i % countries.length] + ((i < countries.length) ? "" : " " + (i / 15 + 1));
			case "PERSON" -> first[i % first.length] + " " + last[(i / first.length + i) % last.length] + " " + i;
			case "ORGANISATION" -> "Organisation for Regional Security " + i;
			default -> "Coalition of the Willing " + i;
		};
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private long nextId(String table) {
		return Math.max(10_000, count("select coalesce(max(id), 0) from " + table) + 1);
	}

	private void restartIdentity(String table, long next) {
		this.jdbc.execute("alter table " + table + " alter column id restart with " + next);
	}

	private long count(String sql) {
		Long value = this.jdbc.queryForObject(sql, Long.class);
		return (value != null) ? value : 0;
	}

	private List<Object[]> flush(String sql, List<Object[]> rows, boolean last) {
		if (rows.size() >= BATCH || last) {
			batch(sql, rows);
			return new ArrayList<>(BATCH);
		}
		return rows;
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(sql, rows, rows.size(), (PreparedStatement ps, Object[] row) -> {
			for (int i = 0; i < row.length; i++) {
				set(ps, i + 1, row[i]);
			}
		});
	}

	private static void set(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
		// A null takes its type from the parameter's metadata (PostgreSQL is strict about
		// it).
		StatementCreatorUtils.setParameterValue(ps, index, SqlTypeValue.TYPE_UNKNOWN, value);
	}

}
