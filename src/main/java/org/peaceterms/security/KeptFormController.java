package org.peaceterms.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After logging in again, shows the form an editor had posted when their session ended
 * ({@link KeptForm}), ready to go back to: one button (pressed by a small script where
 * scripts run) posts it to where it came from, as a preview for record forms.
 */
@Controller
class KeptFormController {

	@GetMapping("/admin/kept-form")
	String show(HttpSession session, Model model) {
		KeptForm kept = KeptForm.of(session);
		if (kept == null) {
			return "redirect:/admin";
		}
		session.removeAttribute(KeptForm.ATTRIBUTE);
		model.addAttribute("kept", kept);
		return "admin/kept-form";
	}

}
