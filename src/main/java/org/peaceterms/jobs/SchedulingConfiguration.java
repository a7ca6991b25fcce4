package org.peaceterms.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches on {@code @Scheduled} jobs and ShedLock, so that a job annotated with
 * {@code @SchedulerLock} runs on one instance at a time however many are up. The locks
 * live in the {@code shedlock} table (Flyway {@code V31}) and are timed by the database's
 * clock, so instances whose clocks disagree still agree on who holds a lock.
 * <p>
 * To add a job, follow {@link ExpiredSessionCleanup}: a {@code @Component} with a
 * {@code @Scheduled} method whose period comes from a property, a {@code @SchedulerLock}
 * with a unique name and a {@code lockAtLeastFor} of about half the period (longer than
 * the instances' scheduling jitter, shorter than the period), and the work wrapped in
 * {@link JobRuns#record} so every run is on record.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
