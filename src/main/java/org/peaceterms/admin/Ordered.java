package org.peaceterms.admin;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A cross-field rule on a form record: where both are given, {@link #first()} must not
 * come after {@link #last()} (a range's min and max, a period's start and end). The
 * message stands at the {@link #last()} field.
 */
@Documented
@Constraint(validatedBy = Ordered.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Ordered.List.class)
public @interface Ordered {

	String first();

	String last();

	String message() default "{admin.error.order}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Several {@link Ordered} rules on one form. */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		Ordered[] value();

	}

	/** Checks the order. */
	class Validator implements ConstraintValidator<Ordered, Record> {

		// Set by initialize(), which Bean Validation calls before isValid().
		@SuppressWarnings("NullAway.Init")
		private Ordered rule;

		@Override
		public void initialize(Ordered rule) {
			this.rule = rule;
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public boolean isValid(@Nullable Record form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			Object first = RecordValues.get(form, this.rule.first());
			Object last = RecordValues.get(form, this.rule.last());
			if (!(first instanceof Comparable low) || last == null || low.compareTo(last) <= 0) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.rule.message())
				.addPropertyNode(this.rule.last())
				.addConstraintViolation();
			return false;
		}

	}

}
