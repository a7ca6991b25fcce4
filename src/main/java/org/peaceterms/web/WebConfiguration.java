package org.peaceterms.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Web MVC settings shared by every page. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final DataSize MIN_WRITE_BUFFER = DataSize.ofKilobytes(1);

	private static final DataSize MAX_WRITE_BUFFER = DataSize.ofMegabytes(1);

	/**
	 * Installs {@link OmitEmptyParametersLinkBuilder} in the template engine Boot
	 * configures.
	 */
	@Bean
	static BeanPostProcessor linkBuilderInstaller() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new OmitEmptyParametersLinkBuilder());
				}
				return bean;
			}
		};
	}

	/**
	 * Refuses malformed and hostile requests with a 4xx before anything else runs (see
	 * {@link RequestSanityFilter}).
	 */
	@Bean
	FilterRegistrationBean<RequestSanityFilter> requestSanityFilter() {
		FilterRegistrationBean<RequestSanityFilter> registration = new FilterRegistrationBean<>(
				new RequestSanityFilter());
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Tomcat writes a response body to the socket in pieces no larger than each
	 * connection's write buffer ({@code socket.appWriteBufSize}, 8 KB by default): a
	 * 170-KB page from the page cache took 21 system calls. With
	 * {@code peaceterms.http.socket-write-buffer} (64 KB) it takes 3, and the largest
	 * pages of the 100,000-statement set serve a third more requests per second (see
	 * docs/benchmarks.md). The buffer is allocated per open connection, so
	 * {@code server.tomcat.max-connections} bounds what they hold together. A size
	 * outside 1 KB to 1 MB stops the start with a message naming the property.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
			@Value("${peaceterms.http.socket-write-buffer:64KB}") DataSize size) {
		if (size.toBytes() < MIN_WRITE_BUFFER.toBytes() || size.toBytes() > MAX_WRITE_BUFFER.toBytes()) {
			throw new IllegalArgumentException("peaceterms.http.socket-write-buffer must be between 1 KB and 1 MB, not "
					+ size.toBytes() + " bytes");
		}
		String bytes = String.valueOf(size.toBytes());
		return (factory) -> factory
			.addConnectorCustomizers((connector) -> connector.setProperty("socket.appWriteBufSize", bytes));
	}

	/**
	 * Constants read leniently ({@link NamedConstantConverterFactory}); the slug
	 * converters of the features are beans, which Spring Boot adds itself.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new NamedConstantConverterFactory());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AsOfArgumentResolver());
	}

}
