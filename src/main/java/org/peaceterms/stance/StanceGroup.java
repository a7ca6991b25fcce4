package org.peaceterms.stance;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.ActorKind;
import org.peaceterms.shared.BadRequestException;

/**
 * Which actors a stance timeline shows: countries (the default), persons, organisations
 * and coalitions, or all of them. Written in URLs in lower case ({@code group=persons}).
 */
public enum StanceGroup {

	COUNTRIES(EnumSet.of(ActorKind.COUNTRY)), PERSONS(EnumSet.of(ActorKind.PERSON)),
	ORGANISATIONS(EnumSet.of(ActorKind.ORGANISATION, ActorKind.COALITION)), ALL(EnumSet.allOf(ActorKind.class));

	private final Set<ActorKind> kinds;

	StanceGroup(Set<ActorKind> kinds) {
		this.kinds = kinds;
	}

	public Set<ActorKind> getKinds() {
		return this.kinds;
	}

	/** The value in URLs. */
	public String getParam() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the URL value; blank means countries.
	 * @throws BadRequestException for any other value
	 */
	public static StanceGroup parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return COUNTRIES;
		}
		for (StanceGroup group : values()) {
			if (group.getParam().equals(value.strip())) {
				return group;
			}
		}
		throw new BadRequestException("unknown group");
	}

}
