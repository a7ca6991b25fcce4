package org.peaceterms.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * A record's history from the Envers audit tables: every revision with who saved it,
 * when, and which fields changed from what to what. Related records are named by their
 * current label; shipped rows start with the baseline revision of
 * {@code V11__audit_baseline.sql}.
 */
@Component
public class AuditHistory {

	private static final Logger logger = LoggerFactory.getLogger(AuditHistory.class);

	private static final int MAX_LABEL = 80;

	private final EntityManager entityManager;

	AuditHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** One saved revision of a record. */
	public record Entry(long revision, @Nullable String username, LocalDateTime at, String type, List<Change> changes) {

	}

	/**
	 * One field's change; {@code before} is {@code null} when there is no earlier
	 * revision.
	 */
	public record Change(String field, @Nullable String before, String after) {

	}

	/** Every revision of the record, newest first. Call inside a transaction. */
	public List<Entry> of(Class<?> type, long id) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		@SuppressWarnings("unchecked")
		List<Object[]> revisions = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		EntityType<?> model = this.entityManager.getMetamodel().entity(type);
		List<Entry> entries = new ArrayList<>();
		Map<String, String> previous = null;
		for (Object[] row : revisions) {
			Revision revision = (Revision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			Map<String, String> values = values(model, row[0]);
			List<Change> changes = new ArrayList<>();
			for (Map.Entry<String, String> value : values.entrySet()) {
				String before = (previous != null) ? previous.get(value.getKey()) : null;
				if (previous == null ? !value.getValue().isEmpty() : !Objects.equals(before, value.getValue())) {
					changes.add(new Change(value.getKey(), before, value.getValue()));
				}
			}
			entries.add(new Entry(Objects.requireNonNull(revision.getId()), revision.getUsername(),
					LocalDateTime.ofInstant(revision.getCreatedAt(), ZoneId.systemDefault()), revisionType.name(),
					changes));
			previous = values;
		}
		java.util.Collections.reverse(entries);
		return entries;
	}

	private Map<String, String> values(EntityType<?> model, Object entity) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Attribute<?, ?> attribute : model.getAttributes()) {
			String name = attribute.getName();
			if (name.equals("id") || name.equals("version")) {
				continue;
			}
			Object value = read(entity, name);
			if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
				EmbeddableType<?> embeddable = this.entityManager.getMetamodel().embeddable(attribute.getJavaType());
				for (Attribute<?, ?> part : embeddable.getAttributes()) {
					values.put(name + "." + part.getName(),
							(value != null) ? describe(read(value, part.getName())) : "");
				}
				continue;
			}
			values.put(name, describe(value));
		}
		return values;
	}

	private static @Nullable Object read(Object target, String name) {
		Field field = ReflectionUtils.findField(Hibernate.getClass(target), name);
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, target);
	}

	private String describe(@Nullable Object value) {
		try {
			if (value == null) {
				return "";
			}
			if (value instanceof Collection<?> collection) {
				return collection.stream().map(this::describe).sorted().collect(Collectors.joining(", "));
			}
			if (value instanceof HibernateProxy proxy) {
				Object id = proxy.getHibernateLazyInitializer().getIdentifier();
				Object current = this.entityManager.find(proxy.getHibernateLazyInitializer().getPersistentClass(), id);
				return (current != null) ? label(current) : "#" + id;
			}
			if (value instanceof AuditedEntity entity) {
				Object current = (entity.getId() != null)
						? this.entityManager.find(Hibernate.getClass(entity), entity.getId()) : null;
				return label((current != null) ? current : entity);
			}
			return value.toString();
		}
		catch (RuntimeException ex) {
			// Envers cannot always rebuild a related record (shipped rows have no audit
			// rows).
			logger.debug("Could not describe a value in a revision", ex);
			return "?";
		}
	}

	/**
	 * A related record's name: its name, label, title, summary or text, whichever it has,
	 * with its id.
	 */
	private static String label(Object entity) {
		for (String getter : List.of("getName", "getLabel", "getTitle", "getSummary", "getText")) {
			Method method = ReflectionUtils.findMethod(Hibernate.getClass(entity), getter);
			if (method != null) {
				Object text = ReflectionUtils.invokeMethod(method, entity);
				if (text != null) {
					Object id = (entity instanceof AuditedEntity audited) ? audited.getId() : null;
					return shorten(text.toString()) + ((id != null) ? " (#" + id + ")" : "");
				}
			}
		}
		return entity.toString();
	}

	private static String shorten(String text) {
		return (text.length() > MAX_LABEL) ? text.substring(0, MAX_LABEL) + "…" : text;
	}

}
