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
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A cross-field rule on a form record: {@link #field()} must be filled in when
 * {@link #present()} is filled in, or when {@link #absent()} is not (a new source needs a
 * title unless an existing source is picked; a position needs a topic). Empty strings and
 * empty collections count as not filled in. The message stands at the field.
 */
@Documented
@Constraint(validatedBy = RequiredIf.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiredIf.List.class)
public @interface RequiredIf {

	String field();

	/** The component whose presence makes {@link #field()} required. */
	String present() default "";

	/** The component whose absence makes {@link #field()} required. */
	String absent() default "";

	String message() default "{admin.error.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Several {@link RequiredIf} rules on one form. */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		RequiredIf[] value();

	}

	/** Checks the rule. */
	class Validator implements ConstraintValidator<RequiredIf, Record> {

		// Set by initialize(), which Bean Validation calls before isValid().
		@SuppressWarnings("NullAway.Init")
		private RequiredIf rule;

		@Override
		public void initialize(RequiredIf rule) {
			this.rule = rule;
		}

		@Override
		public boolean isValid(@Nullable Record form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			boolean required = (!this.rule.present().isEmpty() && filled(RecordValues.get(form, this.rule.present())))
					|| (!this.rule.absent().isEmpty() && !filled(RecordValues.get(form, this.rule.absent())));
			if (!required || filled(RecordValues.get(form, this.rule.field()))) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.rule.message())
				.addPropertyNode(this.rule.field())
				.addConstraintViolation();
			return false;
		}

		static boolean filled(@Nullable Object value) {
			if (value instanceof CharSequence text) {
				return !text.toString().isBlank();
			}
			if (value instanceof Collection<?> collection) {
				return !collection.isEmpty();
			}
			return value != null;
		}

	}

}
