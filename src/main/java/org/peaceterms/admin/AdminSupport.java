package org.peaceterms.admin;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.AuditedEntity;
import org.peaceterms.shared.BadRequestException;
import org.peaceterms.shared.NotFoundException;
import org.peaceterms.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every admin controller needs besides its own repositories: transactions around a
 * piece of work, loading a record by id (404 when absent), and the generic list query
 * (search, filters, retired records, sorting, paging) over an {@link AdminListing}.
 */
@Component
public class AdminSupport {

	private static final HibernateJpaDialect JPA_DIALECT = new HibernateJpaDialect();

	private final EntityManager entityManager;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final MessageSource messages;

	AdminSupport(EntityManager entityManager, PlatformTransactionManager transactions, MessageSource messages) {
		this.entityManager = entityManager;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.messages = messages;
	}

	/**
	 * Runs {@code work} in a read-write transaction. Persistence exceptions thrown inside
	 * it (an insert refused by a unique key already at {@code persist}, a stale version
	 * at {@code flush}) come out translated, as {@link org.springframework.dao}
	 * exceptions, as they do from a repository.
	 */
	public <T> T write(Supplier<T> work) {
		T result;
		try {
			result = this.writes.execute((status) -> work.get());
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
		return java.util.Objects.requireNonNull(result, "work must return a value");
	}

	private static RuntimeException translated(RuntimeException ex) {
		if (!(ex instanceof jakarta.persistence.PersistenceException)) {
			return ex;
		}
		RuntimeException translated = JPA_DIALECT.translateExceptionIfPossible(ex);
		return (translated != null) ? translated : ex;
	}

	/** Runs {@code work} in a read-only transaction. */
	public <T> T read(Supplier<T> work) {
		T result = this.reads.execute((status) -> work.get());
		return java.util.Objects.requireNonNull(result, "work must return a value");
	}

	/** The record with this id, retired or not. */
	public <E> E find(Class<E> type, long id) {
		E entity = this.entityManager.find(type, id);
		if (entity == null) {
			throw new NotFoundException(type.getSimpleName());
		}
		return entity;
	}

	/** The record with this id, or {@code null} for no id. */
	public <E> @Nullable E findOptional(Class<E> type, @Nullable Long id) {
		return (id != null) ? find(type, id) : null;
	}

	/** Stores a new record (and, through it, a new revision). */
	public <E> E persist(E entity) {
		this.entityManager.persist(entity);
		return entity;
	}

	/**
	 * Writes pending changes now, so that a version conflict or a constraint surfaces
	 * here, translated like a repository's: an {@code OptimisticLockException} becomes an
	 * {@link org.springframework.dao.OptimisticLockingFailureException}, a unique or
	 * foreign key violation a
	 * {@link org.springframework.dao.DataIntegrityViolationException}.
	 */
	public void flush() {
		try {
			this.entityManager.flush();
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	public String message(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return Objects.requireNonNullElse(this.messages.getMessage(code, args, code, locale), code);
	}

	/**
	 * Drop-down choices for enum values, labelled from {@code <prefix><NAME>} messages.
	 */
	public List<AdminListing.Option> options(String prefix, Enum<?>... values) {
		List<AdminListing.Option> options = new ArrayList<>();
		for (Enum<?> value : values) {
			options.add(new AdminListing.Option(value.name(), message(prefix + value.name())));
		}
		return options;
	}

	/** Drop-down choices for records: id as value, {@code label} as text. */
	public static <T extends AuditedEntity> List<AdminListing.Option> options(Collection<T> records,
			Function<T, String> label) {
		return records.stream()
			.map((record) -> new AdminListing.Option(String.valueOf(record.getId()), label.apply(record)))
			.toList();
	}

	/**
	 * The records with these ids.
	 * @throws BadRequestException when an id is unknown (a tampered form)
	 */
	public <E> Set<E> findAll(Class<E> type, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new LinkedHashSet<>();
		}
		Set<E> found = new LinkedHashSet<>(this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids order by e.id", type)
			.setParameter("ids", ids)
			.getResultList());
		if (found.size() != new LinkedHashSet<>(ids).size()) {
			throw new BadRequestException("unknown " + type.getSimpleName() + " id");
		}
		return found;
	}

	/** Whether a record with this id exists. */
	public boolean exists(Class<?> type, long id) {
		return this.entityManager.find(type, id) != null;
	}

	/** The ids of records, for a form's checkboxes. */
	public static Set<Long> ids(Collection<? extends AuditedEntity> records) {
		Set<Long> ids = new LinkedHashSet<>();
		records.forEach((record) -> ids.add(record.getId()));
		return ids;
	}

	/** The id of a record, or {@code null} for none. */
	public static @Nullable Long id(@Nullable AuditedEntity record) {
		return (record != null) ? record.getId() : null;
	}

	/** What an editor typed, stripped, with blank as {@code null}. */
	public static @Nullable String text(@Nullable String value) {
		return Text.blankToNull(value);
	}

	/** One page of the records {@code query} selects, with their cells. */
	public <E extends AuditedEntity> Page<ListRow> page(Class<E> type, AdminListing<E> listing, ListQuery query) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<E> countRoot = count.from(type);
		count.select(cb.count(countRoot)).where(predicates(cb, count, countRoot, listing, query));
		long total = this.entityManager.createQuery(count).getSingleResult();

		CriteriaQuery<E> select = cb.createQuery(type);
		Root<E> root = select.from(type);
		select.select(root).where(predicates(cb, select, root, listing, query));
		Expression<?> sortBy = path(root, query.sort());
		select.orderBy(query.descending() ? cb.desc(sortBy) : cb.asc(sortBy),
				query.descending() ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
		List<E> entities = this.entityManager.createQuery(select)
			.setFirstResult((query.page() - 1) * ListQuery.PAGE_SIZE)
			.setMaxResults(ListQuery.PAGE_SIZE)
			.getResultList();
		List<ListRow> rows = new ArrayList<>();
		for (E entity : entities) {
			List<String> cells = new ArrayList<>();
			for (AdminListing.Column<E> column : listing.columns()) {
				Object value = column.value().apply(entity);
				cells.add((value != null) ? value.toString() : "");
			}
			rows.add(new ListRow(java.util.Objects.requireNonNull(entity.getId()), entity.isRetired(), cells));
		}
		return new PageImpl<>(rows, PageRequest.of(query.page() - 1, ListQuery.PAGE_SIZE), total);
	}

	private <E> Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> criteria, Root<E> root,
			AdminListing<E> listing, ListQuery query) {
		List<Predicate> predicates = new ArrayList<>();
		if (!query.showRetired()) {
			predicates.add(cb.isFalse(root.get("retired")));
		}
		if (!query.search().isEmpty() && !listing.searchPaths().isEmpty()) {
			String pattern = "%" + query.search()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			List<Predicate> any = new ArrayList<>();
			for (String searchPath : listing.searchPaths()) {
				any.add(cb.like(cb.lower(path(root, searchPath).as(String.class)), pattern, '\\'));
			}
			predicates.add(cb.or(any.toArray(Predicate[]::new)));
		}
		for (AdminListing.Filter filter : listing.filters()) {
			String value = query.filter(filter.param());
			if (value != null) {
				predicates.add(filterPredicate(cb, criteria, root, filter.path(), value));
			}
		}
		return predicates.toArray(Predicate[]::new);
	}

	/**
	 * Equality on a path; a path through a collection ({@code topics.id}) becomes an
	 * exists-subquery, so that rows are not repeated.
	 */
	private <E> Predicate filterPredicate(CriteriaBuilder cb, CriteriaQuery<?> criteria, Root<E> root, String path,
			String value) {
		String first = path.split("\\.")[0];
		if (root.getModel().getAttribute(first).isCollection()) {
			Subquery<Integer> exists = criteria.subquery(Integer.class);
			Root<E> correlated = exists.correlate(root);
			From<?, ?> joined = correlated.join(first);
			Path<?> target = joined.get(path.substring(first.length() + 1));
			exists.select(cb.literal(1)).where(cb.equal(target, convert(target.getJavaType(), value)));
			return cb.exists(exists);
		}
		Path<?> target = path(root, path);
		return cb.equal(target, convert(target.getJavaType(), value));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object convert(Class<?> type, String value) {
		try {
			if (type.isEnum()) {
				return Enum.valueOf((Class<? extends Enum>) type, value);
			}
			if (type == Long.class || type == long.class) {
				return Long.valueOf(value);
			}
			if (type == Boolean.class || type == boolean.class) {
				return Boolean.valueOf(value);
			}
			return value;
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("bad filter value");
		}
	}

	/**
	 * A dotted path, with left joins through to-one associations and plain navigation
	 * into embedded values ({@code amount.text}).
	 */
	private static Path<?> path(Root<?> root, String path) {
		String[] parts = path.split("\\.");
		Path<?> current = root;
		for (int i = 0; i < parts.length - 1; i++) {
			Path<?> next = current.get(parts[i]);
			boolean embedded = next.getJavaType().isAnnotationPresent(Embeddable.class);
			current = (embedded || !(current instanceof From<?, ?> from)) ? next : from.join(parts[i], JoinType.LEFT);
		}
		return current.get(parts[parts.length - 1]);
	}

	/** Names and values of a form, side by side with another version of it. */
	public List<ConflictRow> compare(Record mine, Record current) {
		List<ConflictRow> rows = new ArrayList<>();
		for (var component : mine.getClass().getRecordComponents()) {
			if (component.getName().equals("version")) {
				continue;
			}
			String left = RecordValues.describe(RecordValues.get(mine, component.getName()));
			String right = RecordValues.describe(RecordValues.get(current, component.getName()));
			rows.add(new ConflictRow(component.getName(), left, right, !left.equals(right)));
		}
		return rows;
	}

	/** One field of a conflict: the editor's value and the stored one. */
	public record ConflictRow(String field, String mine, String current, boolean differs) {

	}

}
