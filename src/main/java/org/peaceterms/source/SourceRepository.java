package org.peaceterms.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and stores {@link Source}s. */
public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findByRetiredFalseOrderByPublishedOnDesc();

	/**
	 * The sources on record published by {@code asOf}, of one kind if {@code kind} is
	 * given, one page of them in the page's order (the sources list; {@link #countShown}
	 * counts them all).
	 */
	@Query("""
			select s from Source s
			where s.retired = false and s.publishedOn <= :asOf and (:kind is null or s.kind = :kind)
			""")
	List<Source> findShown(LocalDate asOf, @Nullable SourceKind kind, Pageable page);

	/** How many sources {@link #findShown} finds on all its pages. */
	@Query("""
			select count(s) from Source s
			where s.retired = false and s.publishedOn <= :asOf and (:kind is null or s.kind = :kind)
			""")
	long countShown(LocalDate asOf, @Nullable SourceKind kind);

	/**
	 * Every source on record published by {@code asOf}, of one kind if {@code kind} is
	 * given, in {@code sort}'s order (the sources list's downloads).
	 */
	@Query("""
			select s from Source s
			where s.retired = false and s.publishedOn <= :asOf and (:kind is null or s.kind = :kind)
			""")
	List<Source> findShown(LocalDate asOf, @Nullable SourceKind kind, Sort sort);

	/**
	 * The same sources as {@link #findShown(LocalDate, SourceKind, Sort)}, read as they
	 * are consumed (the streamed {@code /sources.csv}); close the stream after use.
	 */
	@Query("""
			select s from Source s
			where s.retired = false and s.publishedOn <= :asOf and (:kind is null or s.kind = :kind)
			""")
	Stream<Source> streamShown(LocalDate asOf, @Nullable SourceKind kind, Sort sort);

	/** A page of the sources on record published by {@code asOf} (JSON API). */
	Page<Source> findByRetiredFalseAndPublishedOnLessThanEqual(LocalDate asOf, Pageable pageable);

}
