package org.peaceterms.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (Spring Security handles the POST) and the admin's start page.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/admin")
	String adminHome() {
		return "admin/home";
	}

}
