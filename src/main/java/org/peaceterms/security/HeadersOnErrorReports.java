package org.peaceterms.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Gives Tomcat's own error pages (the 400 for an address it cannot decode, before the
 * application sees the request) the same security headers as every page, by replacing the
 * host's {@link ErrorReportValve} with one that sets them; like Boot's, it shows neither
 * a report nor the server version.
 */
class HeadersOnErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
				HeaderedErrorReportValve valve = new HeaderedErrorReportValve();
				host.getPipeline().addValve(valve);
			}
		});
	}

	@Override
	public int getOrder() {
		// After Boot's own customizer, which adds the valve this one replaces.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Tomcat's error report with the site's security headers, no report, no version. */
	public static class HeaderedErrorReportValve extends ErrorReportValve {

		public HeaderedErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			SecurityHeaders.apply(response);
			super.report(request, response, throwable);
		}

	}

}
