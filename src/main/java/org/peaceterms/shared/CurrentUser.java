package org.peaceterms.shared;

import org.jspecify.annotations.Nullable;

/**
 * Who is making the current change, for the audit trail. Envers instantiates its revision
 * listener itself, outside the Spring context, so the name travels through a thread-bound
 * holder that the web layer (or a batch job) sets around the work it does.
 */
public final class CurrentUser {

	private static final ThreadLocal<String> NAME = new ThreadLocal<>();

	private CurrentUser() {
	}

	/**
	 * The user changing data on this thread, or {@code null} for system work such as
	 * migrations.
	 */
	public static @Nullable String name() {
		return NAME.get();
	}

	/**
	 * Runs {@code work} with {@code name} recorded as the user behind every revision it
	 * saves.
	 */
	public static void runAs(String name, Runnable work) {
		String previous = NAME.get();
		NAME.set(name);
		try {
			work.run();
		}
		finally {
			if (previous == null) {
				NAME.remove();
			}
			else {
				NAME.set(previous);
			}
		}
	}

	/** Records {@code name} for the rest of the request; {@link #clear()} ends it. */
	public static void set(String name) {
		NAME.set(name);
	}

	public static void clear() {
		NAME.remove();
	}

}
