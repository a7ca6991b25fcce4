package org.peaceterms.backup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup for administrators, at {@code /admin/backup}: download the full export
 * ({@link FullExport}), and import one into an instance where nothing has been edited
 * yet.
 */
@Controller
class BackupController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FullExport export;

	private final MessageSource messages;

	BackupController(FullExport export, MessageSource messages) {
		this.export = export;
		this.messages = messages;
	}

	private String message(String code, Object... args) {
		String message = this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
		return (message != null) ? message : code;
	}

	@GetMapping("/admin/backup")
	String show(Model model) {
		model.addAttribute("empty", this.export.isEmpty());
		return "admin/backup";
	}

	@GetMapping("/admin/backup/export.json")
	ResponseEntity<byte[]> download() {
		byte[] body = JSON.writeValueAsBytes(this.export.export());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"peace-terms-export-" + LocalDate.now() + ".json\"")
			.body(body);
	}

	@PostMapping("/admin/backup/import")
	String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (!this.export.isEmpty()) {
			redirect.addFlashAttribute("flash",
					"Not imported: this instance already holds edits. Import into a new, empty instance.");
			return "redirect:/admin/backup";
		}
		Map<String, Object> document;
		try {
			document = JSON.readValue(file.getInputStream(), new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException ex) {
			redirect.addFlashAttribute("flash", message("backup.notAnExport"));
			return "redirect:/admin/backup";
		}
		try {
			int rows = this.export.importAll(document);
			redirect.addFlashAttribute("flash",
					"Imported " + rows + " rows. Imported users have no password yet: set one for each under Users.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flash", message("backup.notAnExport"));
		}
		return "redirect:/admin/backup";
	}

}
