package org.peaceterms.opendata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes data releases: on demand (an editor's button in the admin) and on a schedule
 * ({@code peaceterms.releases.cron}, daily at 03:00 by default; {@code -} switches it
 * off). A release is made only when the data changed since the latest one, so that every
 * release differs from the one before; it is named after the day (UTC) it was made.
 */
@Service
public class ReleaseService {

	private static final Logger logger = LoggerFactory.getLogger(ReleaseService.class);

	private final ReleaseBuilder builder;

	private final DataReleases releases;

	private final Clock clock;

	ReleaseService(ReleaseBuilder builder, DataReleases releases, Clock clock) {
		this.builder = builder;
		this.releases = releases;
		this.clock = clock;
	}

	/**
	 * What {@link #publish} did.
	 *
	 * @param name the release made, or the latest one when nothing changed
	 * @param created whether a new release was made
	 */
	public record Outcome(String name, boolean created) {

	}

	/**
	 * Makes a release of the data as it is now, unless it equals the latest release.
	 * Reads every table in one repeatable-read transaction, so that the release is one
	 * consistent state of the record.
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public synchronized Outcome publish(@Nullable String username) {
		ReleaseBuilder.Snapshot snapshot = this.builder.read();
		var latest = this.releases.latest();
		if (latest.isPresent() && latest.get().contentSha256().equals(snapshot.contentSha256())) {
			return new Outcome(latest.get().name(), false);
		}
		Instant now = this.clock.instant();
		String name = nextName(LocalDate.ofInstant(now, ZoneOffset.UTC));
		ReleaseBuilder.Files files = this.builder.write(snapshot, name, now);
		this.releases.add(name, now, files, sha256(files.zip()), sha256(files.json()), username);
		logger.info("Published data release {} ({} bytes zipped)", name, files.zip().length);
		return new Outcome(name, true);
	}

	/** The scheduled release; a no-op when nothing changed since the latest release. */
	@Scheduled(cron = "${peaceterms.releases.cron:0 0 3 * * *}", zone = "UTC")
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public void publishOnSchedule() {
		publish(null);
	}

	private String nextName(LocalDate day) {
		String name = day.toString();
		for (int n = 2; this.releases.exists(name); n++) {
			name = day + "." + n;
		}
		return name;
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(ReleaseBuilder.sha256().digest(bytes));
	}

}
