package org.peaceterms.admin;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and copies form records by component name, for the parts of the admin that treat
 * every form alike (the conflict page, the re-apply form with the current version).
 */
final class RecordValues {

	private RecordValues() {
	}

	static @Nullable Object get(Record record, String name) {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				try {
					java.lang.reflect.Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					return accessor.invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		throw new IllegalArgumentException("no component " + name);
	}

	/** A copy of {@code record} with component {@code name} set to {@code value}. */
	@SuppressWarnings("unchecked")
	static <R extends Record> R with(R record, String name, @Nullable Object value) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] args = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			args[i] = components[i].getName().equals(name) ? value : get(record, components[i].getName());
		}
		try {
			Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
			canonical.setAccessible(true);
			return (R) canonical.newInstance(args);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value as text: collections sorted and comma-separated, absent as empty. */
	static String describe(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(RecordValues::describe).sorted().collect(Collectors.joining(", "));
		}
		return Objects.toString(value);
	}

}
