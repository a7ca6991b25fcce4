package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers a GET with {@code ?recordedAt=} from the record as it was at that moment: opens
 * a transaction before the handler, rewinds the audited tables to the last revision saved
 * by then ({@link RecordRewind}), lets the handler and the view read them as usual, and
 * rolls everything back when the answer is written. The answer carries
 * {@code Memento-Datetime} (RFC 7089) with the revision's time; pages show a banner.
 * Admin pages and writes are never rewound.
 */
class RecordedAtInterceptor implements HandlerInterceptor {

	private static final String TRANSACTION = RecordedAtInterceptor.class.getName() + ".transaction";

	private final RecordRewind rewind;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	RecordedAtInterceptor(RecordRewind rewind, PlatformTransactionManager transactions, Clock clock) {
		this.rewind = rewind;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String value = request.getParameter(RecordedAt.PARAM);
		if (value == null || value.isBlank() || !applies(request) || request.getAttribute(TRANSACTION) != null) {
			return true;
		}
		Instant at = RecordedAt.parse(value, this.clock.instant());
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		request.setAttribute(TRANSACTION, transaction);
		try {
			RecordedAt recorded = this.rewind.revisionAt(at);
			this.rewind.rewind(recorded.revision());
			request.setAttribute(RecordedAt.PARAM, recorded);
			Instant shown = (recorded.revisionAt() != null) ? recorded.revisionAt() : at;
			response.setHeader("Memento-Datetime",
					DateTimeFormatter.RFC_1123_DATE_TIME.format(shown.atOffset(ZoneOffset.UTC)));
		}
		catch (RuntimeException ex) {
			end(request);
			throw ex;
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		end(request);
	}

	private void end(HttpServletRequest request) {
		Object transaction = request.getAttribute(TRANSACTION);
		if (transaction instanceof TransactionStatus status && !status.isCompleted()) {
			this.transactions.rollback(status);
		}
	}

	private static boolean applies(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ("GET".equals(method) || "HEAD".equals(method)) && !path.equals("/admin") && !path.startsWith("/admin/");
	}

}
