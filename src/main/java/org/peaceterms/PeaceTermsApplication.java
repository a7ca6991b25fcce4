package org.peaceterms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Peace Terms Tracker: who proposed what, who committed to what, and where each country
 * stands on the terms of a possible Russia-Ukraine peace deal, with a source behind every
 * fact.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeaceTermsApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeaceTermsApplication.class, args);
	}

}
