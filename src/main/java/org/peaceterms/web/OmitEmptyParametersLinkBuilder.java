package org.peaceterms.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.ILinkBuilder;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's standard link builder, except that a parameter whose value is {@code null}
 * is left out of the link instead of being written as {@code ?asOf=}. Templates can then
 * write {@code @{/compare(asOf=${asOf?.param})}} and get {@code /compare} when no date is
 * pinned.
 */
class OmitEmptyParametersLinkBuilder implements ILinkBuilder {

	private final StandardLinkBuilder standard = new StandardLinkBuilder();

	@Override
	public String getName() {
		return "omit-empty-parameters";
	}

	@Override
	public Integer getOrder() {
		return this.standard.getOrder();
	}

	@Override
	public String buildLink(IExpressionContext context, String base, Map<String, Object> parameters) {
		if (parameters == null || !(parameters.containsValue(null) || parameters.containsValue(""))) {
			return this.standard.buildLink(context, base, parameters);
		}
		Map<String, Object> present = new LinkedHashMap<>(parameters);
		present.values().removeIf((value) -> value == null || "".equals(value));
		return this.standard.buildLink(context, base, present);
	}

}
