package org.peaceterms.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the record of scheduled job runs in {@code job_run} (times in UTC): which job
 * ran, on which instance ({@code pid@host}), when, and what it did. Each recorded run
 * also deletes that job's rows older than {@link #RETENTION}.
 */
@Component
public class JobRuns {

	static final Duration RETENTION = Duration.ofDays(30);

	private static final Logger logger = LoggerFactory.getLogger(JobRuns.class);

	private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	private final Clock clock;

	JobRuns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs {@code work} and records the run with the outcome it returns (or the failure,
	 * which is then rethrown).
	 * @param job the job's name, as in its {@code @SchedulerLock}
	 * @param work the job's work, returning a short description of what it did
	 */
	public void record(String job, Supplier<String> work) {
		Instant started = this.clock.instant();
		String outcome;
		try {
			outcome = work.get();
		}
		catch (RuntimeException ex) {
			save(job, started, "failed: " + ex.getClass().getSimpleName());
			throw ex;
		}
		save(job, started, outcome);
		logger.debug("Job {} ran on {}: {}", job, INSTANCE, outcome);
	}

	private void save(String job, Instant started, String outcome) {
		Instant finished = this.clock.instant();
		this.jdbc.sql("insert into job_run (job, instance, started_at, finished_at, outcome) values (?, ?, ?, ?, ?)")
			.params(job, INSTANCE, utc(started), utc(finished), truncate(outcome))
			.update();
		this.jdbc.sql("delete from job_run where job = ? and started_at < ?")
			.params(job, utc(started.minus(RETENTION)))
			.update();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String truncate(String outcome) {
		return (outcome.length() <= 255) ? outcome : outcome.substring(0, 255);
	}

}
