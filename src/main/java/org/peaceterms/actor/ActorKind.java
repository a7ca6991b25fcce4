package org.peaceterms.actor;

/** What an {@link Actor} is. */
public enum ActorKind {

	COUNTRY, PERSON, ORGANISATION, COALITION

}
