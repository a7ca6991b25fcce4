package org.peaceterms.statement;

import java.util.Comparator;
import org.peaceterms.system.AsOf;
import org.peaceterms.system.NotFoundException;
import org.peaceterms.topic.Topic;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one statement: the words, who said them for whom and when, the topics, the
 * event and provision it concerns, and its citation. The Atom feeds link here, so that
 * every entry has a page a reader can open and cite.
 */
@Controller
class StatementDetailController {

	private final StatementRepository statements;

	StatementDetailController(StatementRepository statements) {
		this.statements = statements;
	}

	@GetMapping("/statements/{id:\\d+}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, AsOf asOf, Model model) {
		Statement statement = this.statements.findForPage(id).orElseThrow(() -> new NotFoundException("Statement"));
		model.addAttribute("statement", statement);
		model.addAttribute("topics",
				statement.getTopics().stream().sorted(Comparator.comparing(Topic::getSortOrder)).toList());
		return "statement/show";
	}

}
