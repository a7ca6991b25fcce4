package org.peaceterms;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What the machine running the tests provides. Tests that need an outside resource
 * (PostgreSQL, Chromium) skip with a clear message on a developer's machine without it,
 * and fail under {@code CI=true}, where a skipped check would pass unnoticed.
 */
public final class TestEnvironment {

	private TestEnvironment() {
	}

	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Skips the calling test (or fails it on CI) unless {@code available} holds. */
	public static void require(boolean available, String whatIsMissing) {
		if (available) {
			return;
		}
		if (isCi()) {
			fail(whatIsMissing + " (CI=true: this test must run, not skip)");
		}
		Assumptions.abort(whatIsMissing + ": skipping; set it up to run this test (CI=true makes this a failure)");
	}

}
