package org.peaceterms.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk data at {@code /data}: the list of releases with sizes and checksums (as a
 * page and as JSON), every release's files at a permanent dated address
 * ({@code /data/releases/2026-11-30.zip} and {@code .json}) that gives the same bytes
 * forever, and {@code /data/latest.zip} and {@code .json}, which redirect to the newest.
 */
@Controller
class DataController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final DataReleases releases;

	private final JsonMapper json = JsonMapper.builder().build();

	DataController(DataReleases releases) {
		this.releases = releases;
	}

	@GetMapping("/data")
	String show(Model model, HttpServletRequest request) {
		List<DataReleases.Summary> list = this.releases.list();
		model.addAttribute("releases", list);
		model.addAttribute("licence", Map.of("id", DataLicence.ID, "title", DataLicence.TITLE, "url", DataLicence.URL,
				"quotations", DataLicence.QUOTATIONS));
		// "</" would end the script element early: JSON allows "<\/" for it.
		model.addAttribute("jsonLd", this.json.writeValueAsString(dataset(list)).replace("</", "<\\/"));
		return "opendata/data";
	}

	@GetMapping(path = "/data/releases.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> list() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (DataReleases.Summary release : this.releases.list()) {
			items.add(describe(release));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("license", Map.of("name", DataLicence.ID, "path", DataLicence.URL, "title", DataLicence.TITLE));
		body.put("latest", Map.of("zip", "/data/latest.zip", "json", "/data/latest.json"));
		body.put("releases", items);
		return ResponseEntity.ok().header(HttpHeaders.LINK, DataLicence.LINK_HEADER).body(body);
	}

	@GetMapping("/data/releases/{name}.zip")
	ResponseEntity<byte[]> zip(@PathVariable String name) {
		DataReleases.Summary release = this.releases.find(name).orElseThrow(DataController::notFound);
		return file(release.name() + ".zip", ZIP, release.zipSha256(), this.releases.zip(name).orElseThrow());
	}

	@GetMapping("/data/releases/{name}.json")
	ResponseEntity<byte[]> json(@PathVariable String name) {
		DataReleases.Summary release = this.releases.find(name).orElseThrow(DataController::notFound);
		return file(release.name() + ".json", MediaType.APPLICATION_JSON, release.jsonSha256(),
				this.releases.json(name).orElseThrow());
	}

	@GetMapping({ "/data/latest.zip", "/data/latest.json" })
	ResponseEntity<Void> latest(HttpServletRequest request) {
		DataReleases.Summary latest = this.releases.latest().orElseThrow(DataController::notFound);
		String extension = request.getRequestURI().endsWith(".zip") ? ".zip" : ".json";
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(request.getContextPath() + "/data/releases/" + latest.name() + extension))
			.cacheControl(CacheControl.noCache())
			.build();
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, String sha256, byte[] bytes) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(ReleaseBuilder.PACKAGE + "-" + name).build());
		headers.set(HttpHeaders.LINK, DataLicence.LINK_HEADER);
		headers.set("Digest",
				"sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256)));
		return ResponseEntity.ok()
			.headers(headers)
			.contentType(type)
			.eTag("\"" + sha256 + "\"")
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(bytes);
	}

	private static Map<String, Object> describe(DataReleases.Summary release) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("name", release.name());
		item.put("createdAt", release.createdAt().toString());
		item.put("revision", release.revision());
		item.put("zip", Map.of("href", "/data/releases/" + release.name() + ".zip", "bytes", release.zipSize(),
				"sha256", release.zipSha256()));
		item.put("json", Map.of("href", "/data/releases/" + release.name() + ".json", "bytes", release.jsonSize(),
				"sha256", release.jsonSha256()));
		return item;
	}

	/**
	 * schema.org {@code Dataset} with a {@code DataDownload} per file of the latest
	 * release.
	 */
	private static Map<String, Object> dataset(List<DataReleases.Summary> list) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@context", "https://schema.org");
		dataset.put("@type", "Dataset");
		dataset.put("@id", base + "/data");
		dataset.put("name", "Peace Terms Tracker");
		dataset.put("description",
				"Who proposed what, who committed to what, and where each country stands on the terms of a "
						+ "Russia-Ukraine peace deal, over time, with a source behind every fact.");
		dataset.put("url", base + "/data");
		dataset.put("license", DataLicence.URL);
		dataset.put("isAccessibleForFree", true);
		dataset.put("creator", Map.of("@type", "Organization", "name", DataLicence.ATTRIBUTION));
		dataset.put("keywords", List.of("peace negotiations", "Russia", "Ukraine", "ceasefire", "security guarantees"));
		if (!list.isEmpty()) {
			DataReleases.Summary latest = list.get(0);
			dataset.put("version", latest.name());
			dataset.put("dateModified", latest.createdAt().toString());
			dataset.put("distribution", List.of(
					download(base, latest, "zip", "application/zip", latest.zipSize(), latest.zipSha256()),
					download(base, latest, "json", "application/json", latest.jsonSize(), latest.jsonSha256())));
		}
		return dataset;
	}

	private static Map<String, Object> download(String base, DataReleases.Summary release, String extension,
			String type, long size, String sha256) {
		Map<String, Object> download = new LinkedHashMap<>();
		download.put("@type", "DataDownload");
		download.put("encodingFormat", type);
		download.put("contentUrl", base + "/data/releases/" + release.name() + "." + extension);
		download.put("contentSize", size + " B");
		download.put("sha256", sha256);
		download.put("version", release.name());
		download.put("license", DataLicence.URL);
		return download;
	}

	private static RuntimeException notFound() {
		return new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
