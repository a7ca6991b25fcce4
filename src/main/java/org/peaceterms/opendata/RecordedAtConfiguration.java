package org.peaceterms.opendata;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link RecordedAtInterceptor} for every address of the site. */
@Configuration(proxyBeanMethods = false)
class RecordedAtConfiguration implements WebMvcConfigurer {

	private final RecordRewind rewind;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	RecordedAtConfiguration(RecordRewind rewind, PlatformTransactionManager transactions, Clock clock) {
		this.rewind = rewind;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RecordedAtInterceptor(this.rewind, this.transactions, this.clock));
	}

}
