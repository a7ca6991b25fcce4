package org.peaceterms;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads a form from a page the way a browser submits it: text, hidden, number and date
 * inputs, checked boxes and radios, selected options, text areas; no submit buttons. Lets
 * a test post a form back unchanged, or with one field changed, as an editor would.
 */
public final class HtmlForms {

	private HtmlForms() {
	}

	/** The fields of the first form on the page matching {@code selector}. */
	public static MultiValueMap<String, String> read(String html, String selector) {
		Document page = Jsoup.parse(html);
		Element form = page.selectFirst(selector);
		if (form == null) {
			throw new IllegalArgumentException("no form " + selector + " on the page");
		}
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element element : form.select("input[name], select[name], textarea[name]")) {
			String name = element.attr("name");
			if (element.hasAttr("disabled")) {
				continue;
			}
			switch (element.tagName()) {
				case "textarea" -> fields.add(name, element.wholeText());
				case "select" -> {
					List<String> selected = new ArrayList<>();
					for (Element option : element.select("option")) {
						if (option.hasAttr("selected")) {
							selected.add(option.hasAttr("value") ? option.attr("value") : option.text());
						}
					}
					if (selected.isEmpty() && !element.hasAttr("multiple")) {
						Element first = element.selectFirst("option");
						if (first != null) {
							selected.add(first.hasAttr("value") ? first.attr("value") : first.text());
						}
					}
					selected.forEach((value) -> fields.add(name, value));
				}
				default -> {
					String type = element.attr("type").toLowerCase(java.util.Locale.ROOT);
					if (type.equals("submit") || type.equals("button") || type.equals("reset") || type.equals("image")
							|| type.equals("file")) {
						continue;
					}
					if ((type.equals("checkbox") || type.equals("radio")) && !element.hasAttr("checked")) {
						continue;
					}
					fields.add(name, element.hasAttr("value") ? element.attr("value")
							: (type.equals("checkbox") || type.equals("radio")) ? "on" : "");
				}
			}
		}
		return fields;
	}

	/** The names of the text fields (inputs a person types into, and text areas). */
	public static List<String> textFields(String html, String selector) {
		Element form = Jsoup.parse(html).selectFirst(selector);
		if (form == null) {
			throw new IllegalArgumentException("no form " + selector + " on the page");
		}
		List<String> names = new ArrayList<>();
		for (Element element : form.select("input[name], textarea[name]")) {
			String type = element.attr("type").toLowerCase(java.util.Locale.ROOT);
			boolean text = element.tagName().equals("textarea") || type.isEmpty() || type.equals("text")
					|| type.equals("search") || type.equals("url");
			if (text && !names.contains(element.attr("name"))) {
				names.add(element.attr("name"));
			}
		}
		return names;
	}

}
