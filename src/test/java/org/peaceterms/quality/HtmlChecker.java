package org.peaceterms.quality;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a page's HTML with the Nu Html Checker (the engine behind validator.w3.org/nu),
 * in process, against its bundled HTML5 schema. Returns the errors it reports; warnings
 * and info messages are not errors.
 */
final class HtmlChecker {

	private HtmlChecker() {
	}

	static List<String> errors(String html) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				errors.add(describe(exception));
			}

			@Override
			public void fatalError(SAXParseException exception) {
				errors.add(describe(exception));
			}
		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator();
		validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
		validator.setUpValidatorAndParsers(handler, true, false);
		InputSource source = new InputSource(new StringReader(html));
		source.setEncoding("UTF-8");
		validator.checkHtmlInputSource(source);
		return errors;
	}

	private static String describe(SAXParseException exception) {
		return "line " + exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
	}

}
