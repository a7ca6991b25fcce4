package org.peaceterms.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired login sessions from {@code spring_session}, once per period for the
 * whole cluster. Spring Session's own cleanup, which would run on every instance, is
 * switched off ({@code spring.session.jdbc.cleanup-cron=-}); this job calls the same
 * method under a ShedLock lock instead. The period is
 * {@code peaceterms.jobs.session-cleanup.cron} (default: every minute).
 */
@Component
class ExpiredSessionCleanup {

	static final String NAME = "session-cleanup";

	private final JdbcIndexedSessionRepository sessions;

	private final JobRuns runs;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions, JobRuns runs) {
		this.sessions = sessions;
		this.runs = runs;
	}

	@Scheduled(cron = "${peaceterms.jobs.session-cleanup.cron:0 * * * * *}")
	@SchedulerLock(name = NAME, lockAtLeastFor = "${peaceterms.jobs.session-cleanup.lock-at-least-for:PT30S}",
			lockAtMostFor = "PT10M")
	void cleanUp() {
		this.runs.record(NAME, () -> {
			this.sessions.cleanUpExpiredSessions();
			return "expired sessions deleted (if any)";
		});
	}

}
