package org.peaceterms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * The real server writes a page to the socket in pieces of
 * {@code peaceterms.http.socket-write-buffer} and holds at most
 * {@code server.tomcat.max-connections} connections; a page larger than one piece arrives
 * whole and the same each time. (The same context as {@link RawRequestTests}: the page
 * cache is off in the tests, so each answer is rendered; a cached page is one write of
 * the same bytes.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SocketWritesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@Test
	void theConnectorWritesInLargePiecesAndBoundsItsConnections() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("65536");
		assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("1000");
	}

	@Test
	void aWriteBufferOutsideItsRangeStopsTheStartWithTheProperty() {
		for (String size : List.of("0B", "512B", "2MB")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new WebConfiguration().socketWriteBuffer(DataSize.parse(size)))
				.withMessageContaining("peaceterms.http.socket-write-buffer")
				.withMessageContaining(DataSize.parse(size).toBytes() + " bytes");
		}
	}

	@Test
	void aPageLargerThanOnePieceArrivesWhole() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/stances")).build();
		HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body().length).isGreaterThan(65536);
		assertThat(new String(first.body(), StandardCharsets.UTF_8)).endsWith("</html>\n");
		for (int i = 0; i < 3; i++) {
			HttpResponse<byte[]> again = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(again.body()).isEqualTo(first.body());
		}
	}

}
