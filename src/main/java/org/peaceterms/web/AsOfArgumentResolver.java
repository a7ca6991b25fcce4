package org.peaceterms.web;

import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AsOf;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods an {@link AsOf} argument read from the {@code asOf} query
 * parameter, and puts it in the model for the layout's as-of banner and for links that
 * keep the date.
 */
class AsOfArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AsOf.class;
	}

	@Override
	public AsOf resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		AsOf asOf = AsOf.parse(webRequest.getParameter(AsOf.PARAM));
		if (mavContainer != null) {
			mavContainer.addAttribute("asOf", asOf);
		}
		return asOf;
	}

}
