package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceterms.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests no client library would send, written raw to the real server: a malformed
 * percent-encoding ({@code %zz}, a cut-off {@code %4}, bytes that are not UTF-8) in the
 * query of every public route is a 400 with the site's error page (or a problem for the
 * API), never a 500; one in the path gets Tomcat's own 400, which carries the security
 * headers too; and neither shows a stack trace. Behind a TLS proxy (a request from an
 * internal address with {@code X-Forwarded-Proto: https}) the session cookie is
 * {@code Secure} and HSTS is sent; the {@code Host} header never makes it into a feed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RawRequestTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void malformedQueryEncodingIs400OnEveryRoute() throws Exception {
		List<String> wrong = new ArrayList<>();
		int requests = 0;
		for (String route : HostileInput.publicRoutes(this.mapping, this.jdbc).keySet()) {
			for (String query : List.of("x=%zz", "x=%4", "x=%C3%28", "q=a%00b", "%zz=1")) {
				String answer = raw(route + "?" + query);
				requests++;
				if (!answer.startsWith("HTTP/1.1 400") || !answer.contains("Content-Security-Policy")
						|| answer.contains("Exception") || answer.contains("\tat ")) {
					wrong.add(route + "?" + query + " -> " + answer.lines().findFirst().orElse(""));
				}
			}
		}
		assertThat(requests).isGreaterThan(100);
		assertThat(wrong).isEmpty();
	}

	@Test
	void malformedPathEncodingIsTomcats400WithTheSecurityHeaders() throws Exception {
		String answer = raw("/statements/%zz");
		assertThat(answer).startsWith("HTTP/1.1 400")
			.contains("Content-Security-Policy: default-src 'self'")
			.contains("Permissions-Policy")
			.doesNotContain("Apache Tomcat/");
	}

	@Test
	void errorPageAddressIs404() throws Exception {
		assertThat(raw("/error")).startsWith("HTTP/1.1 404").contains("Content-Security-Policy");
	}

	@Test
	void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		String answer = raw("/login", "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200").contains("Strict-Transport-Security: max-age=");
		assertThat(answer.lines().filter((line) -> line.startsWith("Set-Cookie: SESSION")).findFirst().orElse(""))
			.contains("Secure")
			.contains("HttpOnly");
		String plain = raw("/login");
		assertThat(plain).doesNotContain("Strict-Transport-Security");
	}

	@Test
	void theHostHeaderNeverMakesItIntoAFeed() throws Exception {
		String feed = raw("/feed.atom", "Accept: application/atom+xml\r\nX-Forwarded-Host: evil.example\r\n",
				"evil.example");
		assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains("http://localhost");
	}

	private String raw(String target) throws Exception {
		return raw(target, "", "127.0.0.1");
	}

	private String raw(String target, String headers) throws Exception {
		return raw(target, headers, "127.0.0.1");
	}

	private String raw(String target, String headers, String host) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String accept = headers.contains("Accept:") ? "" : "Accept: text/html\r\n";
			out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + accept + headers
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
