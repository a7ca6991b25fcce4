package org.peaceterms.compare;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peaceterms.opendata.Download;
import org.peaceterms.opendata.Permalink;
import org.peaceterms.proposal.Proposal;
import org.peaceterms.shared.AsOf;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comparison page: two proposals side by side, one row per topic, with the relation
 * and its reason. Without parameters it compares the US package with the European
 * statement; a missing side falls back to that default. An unknown slug (or one not yet
 * presented as of the date) is a 404; the same proposal on both sides gets the form back
 * with a message and a 400.
 */
@Controller
class CompareController {

	private final ComparisonService comparisons;

	private final MessageSource messages;

	CompareController(ComparisonService comparisons, MessageSource messages) {
		this.comparisons = comparisons;
		this.messages = messages;
	}

	@GetMapping("/compare")
	@Transactional(readOnly = true)
	String show(@RequestParam(required = false) @Nullable String left,
			@RequestParam(required = false) @Nullable String right, AsOf asOf, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("choices", this.comparisons.choices(asOf));
		String leftSlug = isBlank(left) ? ComparisonService.DEFAULT_LEFT : left.strip();
		String rightSlug = isBlank(right) ? ComparisonService.DEFAULT_RIGHT : right.strip();
		boolean defaults = isBlank(left) && isBlank(right);
		model.addAttribute("leftSlug", leftSlug);
		model.addAttribute("rightSlug", rightSlug);
		Permalink.pin(request, "left", leftSlug);
		Permalink.pin(request, "right", rightSlug);
		Optional<Proposal> leftProposal = this.comparisons.find(leftSlug, asOf);
		Optional<Proposal> rightProposal = this.comparisons.find(rightSlug, asOf);
		if (defaults && (leftProposal.isEmpty() || rightProposal.isEmpty())) {
			// The default pair was not on record yet as of the date: offer the form only.
			model.addAttribute("defaultsMissing", true);
			return "compare/show";
		}
		Proposal l = leftProposal.orElseThrow(() -> new NotFoundException("proposal"));
		Proposal r = rightProposal.orElseThrow(() -> new NotFoundException("proposal"));
		if (l.equals(r)) {
			model.addAttribute("sameProposal", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "compare/show";
		}
		model.addAttribute("comparison", this.comparisons.compare(l, r, asOf));
		return "compare/show";
	}

	/**
	 * The comparison table as CSV or JSON, for the same two proposals and date: one row
	 * per topic, with each side's provisions and their citations.
	 */
	@GetMapping({ "/compare.csv", "/compare.json" })
	@Transactional(readOnly = true)
	ResponseEntity<?> download(@RequestParam(required = false) @Nullable String left,
			@RequestParam(required = false) @Nullable String right, AsOf asOf, HttpServletRequest request) {
		String leftSlug = isBlank(left) ? ComparisonService.DEFAULT_LEFT : left.strip();
		String rightSlug = isBlank(right) ? ComparisonService.DEFAULT_RIGHT : right.strip();
		Proposal l = this.comparisons.find(leftSlug, asOf).orElseThrow(() -> new NotFoundException("proposal"));
		Proposal r = this.comparisons.find(rightSlug, asOf).orElseThrow(() -> new NotFoundException("proposal"));
		if (l.equals(r)) {
			throw new BadRequestException("a proposal is not compared with itself");
		}
		Comparison comparison = this.comparisons.compare(l, r, asOf);
		List<CompareRow> rows = comparison.rows()
			.stream()
			.map((row) -> CompareRow.of(comparison, row, reason(row.verdict())))
			.toList();
		return Download.of(request, "compare", asOf, CompareRow.class, rows);
	}

	/** The verdict's reason as the page words it. */
	private String reason(Verdict verdict) {
		if (verdict.reason() != null) {
			return verdict.reason();
		}
		String key = "compare.reason." + verdict.reasonKey();
		return Objects.requireNonNullElse(
				this.messages.getMessage(key, verdict.getReasonArgsArray(), key, LocaleContextHolder.getLocale()), key);
	}

	@Contract("null -> true")
	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
