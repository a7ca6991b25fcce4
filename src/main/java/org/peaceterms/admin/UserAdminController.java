package org.peaceterms.admin;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peaceterms.security.AppUser;
import org.peaceterms.security.AppUserRepository;
import org.peaceterms.security.PasswordPolicy;
import org.peaceterms.security.Role;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.RevisionUserListener;
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
 * administrator, set a new password (both under the {@link PasswordPolicy}), disable or
 * enable an account. Disabling asks for confirmation first (a page, no script needed),
 * and no one can disable their own account or the last enabled administrator. Every
 * change is logged with who made it.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final Logger logger = LoggerFactory.getLogger(UserAdminController.class);

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AdminSupport admin;

	UserAdminController(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AdminSupport admin) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
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
		if (!errors.hasFieldErrors("password")) {
			String problem = this.policy.problem(form.username(), form.password());
			if (problem != null) {
				errors.rejectValue("password", problem);
			}
		}
		if (errors.hasErrors()) {
			return show(model);
		}
		this.users.save(new AppUser(form.username(), this.encoder.encode(form.password()),
				Objects.requireNonNull(form.role())));
		logger.info("User '{}' created with role {} by '{}'", form.username(), form.role(),
				RevisionUserListener.username());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.created", form.username()));
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	@Transactional
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user"));
		String problem = this.policy.problem(user.getUsername(), password);
		if (problem != null) {
			redirect.addFlashAttribute("flash",
					this.admin.message("admin.users.passwordRefused", user.getUsername(), this.admin.message(problem)));
			return "redirect:/admin/users";
		}
		user.changePassword(this.encoder.encode(password));
		logger.info("Password of '{}' set by '{}'", user.getUsername(), RevisionUserListener.username());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.passwordChanged", user.getUsername()));
		return "redirect:/admin/users";
	}

	/**
	 * Enables an account at once; disabling one shows a confirmation page first, whose
	 * button posts again with {@code confirmed=true}.
	 */
	@PostMapping("/{id}/enabled")
	@Transactional
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user"));
		if (!enabled) {
			String refusal = refusalToDisable(user);
			if (refusal != null) {
				redirect.addFlashAttribute("flash", this.admin.message(refusal, user.getUsername()));
				return "redirect:/admin/users";
			}
			if (!confirmed) {
				model.addAttribute("user", user);
				return "admin/users/confirm-disable";
			}
		}
		user.setEnabled(enabled);
		logger.info("User '{}' {} by '{}'", user.getUsername(), enabled ? "enabled" : "disabled",
				RevisionUserListener.username());
		redirect.addFlashAttribute("flash", this.admin.message("admin.users.enabledChanged", user.getUsername(),
				this.admin.message("admin.users.enabled." + enabled)));
		return "redirect:/admin/users";
	}

	/**
	 * Why {@code user} may not be disabled (a message key), or {@code null}: no one
	 * disables their own account, and the last enabled administrator stays.
	 */
	private @Nullable String refusalToDisable(AppUser user) {
		if (user.getUsername().equalsIgnoreCase(String.valueOf(RevisionUserListener.username()))) {
			return "admin.users.notYourself";
		}
		if (user.getRole() == Role.ADMIN && user.isEnabled()
				&& this.users.findByRoleAndEnabledTrueOrderById(Role.ADMIN).size() <= 1) {
			return "admin.users.lastAdmin";
		}
		return null;
	}

	private String show(Model model) {
		model.addAttribute("users", this.users.findAllByOrderByUsername());
		model.addAttribute("roleOptions", this.admin.options("admin.role.", Role.values()));
		return "admin/users/list";
	}

}
