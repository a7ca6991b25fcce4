package org.peaceterms.actor;

import org.peaceterms.web.SlugConverter;
import org.springframework.stereotype.Component;

/** Binds a request parameter such as {@code actor=…} to the actor its slug names. */
@Component
class ActorSlugConverter extends SlugConverter<Actor> {

	ActorSlugConverter(ActorRepository actors) {
		super(Actor.class, actors::findBySlug);
	}

}
