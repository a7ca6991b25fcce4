package org.peaceterms.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the {@code bench} profile only: counts the SQL statements a request executes and the
 * rows it reads (every {@code ResultSet.next()} that returns a row), on the request's
 * thread, and logs one line per request that carries an {@code X-Bench-Count} header:
 * {@code bench GET /stances status=200 sql=7 rows=412 ms=12}. The bench scripts request
 * each page once on its own and read these lines from the log. Wraps the DataSource in
 * JDK proxies, so it costs nothing outside the profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class SqlCounter {

	private static final Logger log = LoggerFactory.getLogger(SqlCounter.class);

	private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return proxy(DataSource.class, dataSource);
				}
				return bean;
			}

		};
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OncePerRequestFilter sqlCountingFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long[] counts = COUNTS.get();
				counts[0] = 0;
				counts[1] = 0;
				long started = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (request.getHeader("X-Bench-Count") == null) {
						return;
					}
					String query = request.getQueryString();
					log.info("bench {} {} status={} sql={} rows={} ms={}", request.getMethod(),
							request.getRequestURI() + ((query != null) ? "?" + query : ""), response.getStatus(),
							counts[0], counts[1], (System.nanoTime() - started) / 1_000_000);
				}
			}

		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target) {
		return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] { type },
				new Counting(target));
	}

	/** Wraps connections, statements and result sets, counting executions and rows. */
	private record Counting(Object target) implements InvocationHandler {

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
			String name = method.getName();
			if (this.target instanceof Statement && name.startsWith("execute")) {
				COUNTS.get()[0]++;
			}
			if (this.target instanceof ResultSet && name.equals("next") && Boolean.TRUE.equals(result)) {
				COUNTS.get()[1]++;
			}
			if (result instanceof Connection connection && name.equals("getConnection")) {
				return proxy(Connection.class, connection);
			}
			if (result instanceof CallableStatement statement) {
				return proxy(CallableStatement.class, statement);
			}
			if (result instanceof PreparedStatement statement) {
				return proxy(PreparedStatement.class, statement);
			}
			if (result instanceof Statement statement && name.equals("createStatement")) {
				return proxy(Statement.class, statement);
			}
			if (result instanceof ResultSet resultSet && !(this.target instanceof ResultSet)) {
				return proxy(ResultSet.class, resultSet);
			}
			return result;
		}

	}

}
