package org.peaceterms.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session cleanup job, called as the scheduler calls it: it deletes expired sessions
 * (and their attributes) but not live ones, takes its ShedLock lock, and records the run;
 * while another instance holds the lock it does nothing. (The test profile switches the
 * schedule off and holds no lock after a run, so only these calls run the job.)
 */
@SpringBootTest
class ExpiredSessionCleanupTests {

	@Autowired
	private ExpiredSessionCleanup job;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LockProvider locks;

	@Test
	void cleanUpDeletesExpiredSessionsOnlyUnderItsLockAndRecordsTheRun() {
		long now = System.currentTimeMillis();
		String expired = session(now - 3_600_000, now - 1_000);
		String live = session(now, now + 1_800_000);
		int runsBefore = runs();

		this.job.cleanUp();

		assertThat(count("select count(*) from spring_session where primary_id = ?", expired)).isZero();
		assertThat(count("select count(*) from spring_session_attributes where session_primary_id = ?", expired))
			.isZero();
		assertThat(count("select count(*) from spring_session where primary_id = ?", live)).isEqualTo(1);
		assertThat(count("select count(*) from shedlock where name = ?", ExpiredSessionCleanup.NAME)).isEqualTo(1);
		assertThat(runs()).isEqualTo(runsBefore + 1);
		assertThat(this.jdbc.sql("select outcome from job_run where job = ? order by id desc")
			.param(ExpiredSessionCleanup.NAME)
			.query(String.class)
			.list()
			.get(0)).isEqualTo("expired sessions deleted (if any)");
	}

	@Test
	void whileAnotherInstanceHoldsTheLockTheJobDoesNothing() {
		Optional<SimpleLock> held = this.locks.lock(
				new LockConfiguration(Instant.now(), ExpiredSessionCleanup.NAME, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(held).isPresent();
		int runs = runs();

		this.job.cleanUp();
		assertThat(runs()).isEqualTo(runs);

		held.get().unlock();
		this.job.cleanUp();
		assertThat(runs()).isEqualTo(runs + 1);
	}

	private String session(long lastAccess, long expiry) {
		String id = UUID.randomUUID().toString();
		this.jdbc
			.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, UUID.randomUUID().toString(), lastAccess, lastAccess, 1800, expiry, "editor")
			.update();
		this.jdbc
			.sql("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
					+ "values (?, ?, ?)")
			.params(id, "flash", new byte[] { 1, 2, 3 })
			.update();
		return id;
	}

	private int runs() {
		return count("select count(*) from job_run where job = ?", ExpiredSessionCleanup.NAME);
	}

	private int count(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(parameter).query(Integer.class).single();
	}

}
