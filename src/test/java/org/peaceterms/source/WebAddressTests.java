package org.peaceterms.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceterms.admin.FormText;

/**
 * The web address of a source, on the source form and on the new-statement form: checked
 * by Hibernate Validator's {@code @URL} with {@link FormText#WEB_ADDRESS}. An empty field
 * is no address (the edit form of a source without one posts it empty); anything else
 * must be a full http or https address with a host.
 */
class WebAddressTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "https://www.lemonde.fr/example", "http://example.org",
			"HTTPS://Example.org/a/b?c=d&e=f#g", "https://example.org/caf%C3%A9" })
	void emptyOrAFullWebAddressIsAccepted(String url) {
		assertThat(validator.validateValue(SourceForm.class, "url", url)).as(url).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "not a url", "ftp://example.org/x", "https://", "https:///path",
			"https://exa mple.org", "https://example.org/<script>", "//example.org", "example.org" })
	void anythingElseIsRefusedWithTheFormMessage(String url) {
		assertThat(validator.validateValue(SourceForm.class, "url", url)).as(url)
			.singleElement()
			.satisfies((violation) -> assertThat(violation.getMessageTemplate()).isEqualTo("{admin.error.url}"));
	}

}
