package org.peaceterms.opendata;

import java.security.Principal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' button that publishes a data release now (the same as the scheduled
 * release: nothing is made when the data did not change).
 */
@Controller
class ReleaseAdminController {

	private final ReleaseService releases;

	private final MessageSource messages;

	ReleaseAdminController(ReleaseService releases, MessageSource messages) {
		this.releases = releases;
		this.messages = messages;
	}

	@PostMapping("/admin/data/releases")
	String publish(Principal principal, RedirectAttributes redirect) {
		ReleaseService.Outcome outcome = this.releases.publish(principal.getName());
		String key = outcome.created() ? "admin.data.published" : "admin.data.unchanged";
		redirect.addFlashAttribute("flash",
				this.messages.getMessage(key, new Object[] { outcome.name() }, LocaleContextHolder.getLocale()));
		return "redirect:/admin";
	}

}
