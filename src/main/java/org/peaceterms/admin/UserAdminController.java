package org.peaceterms.admin;

import jakarta.validation.Valid;
import java.util.Objects;
import org.peaceterms.security.AppUser;
import org.peaceterms.security.AppUserRepository;
import org.peaceterms.security.Role;
import org.peaceterms.shared.CurrentUser;
import org.peaceterms.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management for administrators, at {@code /admin/users}: create an editor or
 * administrator, set a new password, disable or enable an account. Every change is logged
 * with who made it.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final Logger logger = LoggerFactory.getLogger(UserAdminController.class);

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final AdminSupport admin;

	UserAdminController(AppUserRepository users, PasswordEncoder encoder, AdminSupport admin) {
		this.users = users;
		this.encoder = encoder;
		this.admin = admin;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserForm("", "", Role.EDITOR));
		}
		return show(model);
	}

	@PostMapping
	@Transactional
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && this.users.findByUsernameIgnoreCase(form.username()).isPresent()) {
			errors.rejectValue("username", "admin.users.taken");
		}
		if (errors.hasErrors()) {
			return show(model);
		}
		this.users.save(new AppUser(form.username(), this.encoder.encode(form.password()),
				Objects.requireNonNull(form.role())));
		logger.info("User '{}' created with role {} by '{}'", form.username(), form.role(), CurrentUser.name());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.created", form.username()));
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	@Transactional
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user"));
		if (password.length() < 12 || password.length() > 200) {
			redirect.addFlashAttribute("flash", this.admin.message("admin.error.password"));
			return "redirect:/admin/users";
		}
		user.changePassword(this.encoder.encode(password));
		logger.info("Password of '{}' set by '{}'", user.getUsername(), CurrentUser.name());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.passwordChanged", user.getUsername()));
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enabled")
	@Transactional
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user"));
		user.setEnabled(enabled);
		logger.info("User '{}' {} by '{}'", user.getUsername(), enabled ? "enabled" : "disabled", CurrentUser.name());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.enabledChanged", user.getUsername(),
				this.admin.message("admin.users.enabled." + enabled)));
		return "redirect:/admin/users";
	}

	private String show(Model model) {
		model.addAttribute("users", this.users.findAllByOrderByUsername());
		model.addAttribute("roleOptions", this.admin.options("admin.role.", Role.values()));
		return "admin/users/list";
	}

}
