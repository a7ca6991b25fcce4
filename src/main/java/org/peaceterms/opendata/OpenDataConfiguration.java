package org.peaceterms.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AsOf;
import org.peaceterms.web.Links;
import org.peaceterms.web.SlugConverter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What makes the open data (the JSON API under {@code /api/**}, the Atom feeds and the
 * pages' CSV and JSON downloads) reusable and cheap to poll: CORS open to every origin
 * for reading the API and the feeds (and for nothing else on the site), an ETag on every
 * answer so that a repeated request with {@code If-None-Match} gets a 304, and the
 * OpenAPI description springdoc serves at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration implements WebMvcConfigurer {

	/**
	 * The addresses of the API and the feeds, as path patterns: open to other origins,
	 * with ETags.
	 */
	static final List<String> PATHS = List.of(Links.API + "/**", "/feed.atom", "/feed.json", "/*/*/feed.atom",
			"/*/*/feed.json", "/*/feed.atom", "/*/feed.json", "/data/releases.json");

	/** The pages' downloads ({@code /statements.csv}): with ETags, same origin only. */
	static final List<String> DOWNLOADS = List.of("/*.csv", "/*.json");

	private static final List<PathPattern> PATTERNS = Stream.concat(PATHS.stream(), DOWNLOADS.stream())
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : PATHS) {
			registry.addMapping(path)
				.allowedOrigins("*")
				.allowedMethods("GET", "HEAD")
				.allowedHeaders("*")
				.exposedHeaders(HttpHeaders.ETAG)
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

	/**
	 * Lists take their {@link ApiPaging} from the {@code page} and {@code size}
	 * parameters.
	 */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == ApiPaging.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
					NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
				return ApiPaging.parse(request.getParameter("page"), request.getParameter("size"));
			}

		});
	}

	@Bean
	FilterRegistrationBean<OpenDataEtagFilter> openDataEtagFilter() {
		FilterRegistrationBean<OpenDataEtagFilter> registration = new FilterRegistrationBean<>(
				new OpenDataEtagFilter());
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * A record named by its slug in a filter ({@code speaker=germany}) is a string
	 * parameter in the API's description, not the record's fields.
	 */
	@Bean
	static SmartInitializingSingleton slugsAsStrings(ObjectProvider<SlugConverter<?>> converters) {
		return () -> converters.forEach((converter) -> SpringDocUtils.getConfig()
			.replaceWithClass(converter.type(), String.class)
			.addSimpleTypesForParameterObject(converter.type()));
	}

	@Bean
	OpenAPI openDataApi() {
		return new OpenAPI().info(new Info()
			.license(new io.swagger.v3.oas.models.info.License().name(DataLicence.TITLE)
				.identifier(DataLicence.ID)
				.url(DataLicence.URL))
			.title("Peace Terms Tracker open data")
			.version("v1")
			.description("Read-only JSON API over every record of the tracker: actors, sources, events, topics, "
					+ "proposals with provisions and endorsements, commitments, statements, positions and compare "
					+ "relations. Every fact carries its citation (source outlet, title, date, URL). Lists take "
					+ "asOf=YYYY-MM-DD, page (from 1) and size (1-100). See docs/open-data.md."));
	}

	/**
	 * Describes the {@link AsOf} argument of the API's lists as what it is on the wire:
	 * an optional query parameter holding a date.
	 */
	@Bean
	ParameterCustomizer asOfParameter() {
		return (parameter, methodParameter) -> {
			if (parameter != null && methodParameter.getParameterType() == AsOf.class) {
				parameter.required(false)
					.description("Only what had been said, proposed or committed by this date (YYYY-MM-DD); "
							+ "today when absent.")
					.schema(new StringSchema().format("date"));
			}
			return parameter;
		};
	}

	static boolean isOpenData(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return PATTERNS.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * A weak ETag (a hash of the body) on open-data answers, with
	 * {@code Cache-Control: no-cache} (unless the page cache has set it, as it does for
	 * the feeds): caches keep the answer but ask again each time, and the ask costs a 304
	 * when nothing changed. Weak, so that Tomcat may still compress the body.
	 */
	static class OpenDataEtagFilter extends ShallowEtagHeaderFilter {

		OpenDataEtagFilter() {
			setWriteWeakETag(true);
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !isOpenData(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			// The feeds pass the page cache first, which sets a shared cache's lifetime.
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
			response.addHeader(HttpHeaders.LINK, DataLicence.LINK_HEADER);
			super.doFilterInternal(request, response, filterChain);
		}

	}

}
