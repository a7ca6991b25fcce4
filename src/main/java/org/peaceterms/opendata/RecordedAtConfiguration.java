package org.peaceterms.opendata;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link RecordedAtInterceptor} for every address of the site. */
@Configuration(proxyBeanMethods = false)
class RecordedAtConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<RecordRewind> rewind;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	private final ObjectProvider<Clock> clock;

	// Providers: a web slice without the database (a @WebMvcTest) has no records to
	// rewind.
	RecordedAtConfiguration(ObjectProvider<RecordRewind> rewind,
			ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<Clock> clock) {
		this.rewind = rewind;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		RecordRewind rewind = this.rewind.getIfAvailable();
		PlatformTransactionManager transactions = this.transactions.getIfAvailable();
		if (rewind != null && transactions != null) {
			registry.addInterceptor(
					new RecordedAtInterceptor(rewind, transactions, this.clock.getIfAvailable(Clock::systemUTC)));
		}
	}

}
