package org.peaceterms.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Commitment}s. A commitment is on record from the day it was
 * made.
 */
public interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

	/**
	 * A commitment on record up to {@code :until}, as HQL conditions on {@code c} and its
	 * actor {@code a}: made by then, neither it nor its actor withdrawn, and reported by
	 * a source published by then.
	 */
	String ON_RECORD = """
			c.retired = false and a.retired = false and c.madeOn <= :until
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :until)
			""";

	/** An actor's commitments made by {@code asOf}, newest first, with their topics. */
	@Query("""
			select c from Commitment c join fetch c.topic
			where c.actor = :actor and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findByActor(Actor actor, LocalDate asOf);

	/**
	 * The newest commitments on a topic made by {@code asOf} (as many as {@code page}
	 * holds), newest first, with their actors.
	 */
	@Query("""
			select c from Commitment c join fetch c.actor
			where c.topic = :topic and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findByTopic(Topic topic, LocalDate asOf, Pageable page);

	/** How many commitments on a topic were made by {@code asOf}. */
	@Query("""
			select count(c) from Commitment c
			where c.topic = :topic and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			""")
	long countByTopic(Topic topic, LocalDate asOf);

	/** The commitments a source reports, made by {@code asOf}. */
	@Query("""
			select c from Commitment c join fetch c.actor join fetch c.topic join c.sources s
			where s = :source and c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			order by c.madeOn desc, c.id
			""")
	List<Commitment> findBySource(Source source, LocalDate asOf);

	/** How many commitments made by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(c)) from Commitment c join c.sources s
			where c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many commitments made by {@code asOf} cite each of {@code sources}: the counts
	 * of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(c)) from Commitment c join c.sources s
			where c.retired = false and c.madeOn <= :asOf
			  and exists (select 1 from c.sources ks where ks.publishedOn <= :asOf)
			  and s.id in :sources
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

	/**
	 * Every commitment made up to a date, with actor, topic, sources and conditions
	 * loaded in one statement, by actor name and date.
	 */
	@Query("""
			select distinct c from Commitment c join fetch c.actor a join fetch c.topic
			  left join fetch c.sources left join fetch c.conditions
			where\s""" + ON_RECORD + """
			order by a.name, a.id, c.madeOn, c.id
			""")
	List<Commitment> findUpTo(LocalDate until);

	/**
	 * The troop commitments made up to a date, counted and added up by basis: how many,
	 * how many name a number (a lower or an upper end, as {@link Commitment#getAmount}),
	 * the sums of the lower ends and of the upper ends (a figure without an upper end
	 * counts with its lower end) of those that do, and how many of those have no upper
	 * end. The same commitments as {@link #findUpTo}.
	 */
	@Query("""
			select new org.peaceterms.commitment.TroopSums(c.basis, count(c),
			  sum(case when c.amount.min is not null or c.amount.max is not null then 1 else 0 end),
			  sum(c.amount.min), sum(coalesce(c.amount.max, c.amount.min)),
			  sum(case when c.amount.min is not null and c.amount.max is null then 1 else 0 end))
			from Commitment c join c.actor a
			where c.kind = org.peaceterms.commitment.CommitmentKind.TROOPS
			  and\s""" + ON_RECORD + """
			group by c.basis
			""")
	List<TroopSums> sumTroops(LocalDate until);

	/**
	 * The troop commitments the tally lists, made up to a date, in one statement: of each
	 * basis the newest {@code listed}, and of the pledges without a number the newest
	 * {@code named}, each with its actor, newest first (the same day by actor name), and
	 * with two ranks the database gives it in {@link #findUpTo}'s order (by actor name,
	 * then date): among its basis, and among the pledges without a number. The same
	 * commitments as {@link #findUpTo}.
	 */
	@Query("""
			select c as commitment, r.newest as newest, r.listRank as listRank,
			  r.unnumbered as unnumbered, r.newestOfKind as newestOfKind, r.unnumberedRank as unnumberedRank
			from Commitment c join fetch c.actor
			join (select c2.id as id,
			    row_number() over (partition by c2.basis
			      order by c2.madeOn desc, a2.name, a2.id, c2.id) as newest,
			    row_number() over (partition by c2.basis
			      order by a2.name, a2.id, c2.madeOn, c2.id) as listRank,
			    case when c2.basis = org.peaceterms.commitment.CommitmentBasis.PLEDGE
			      and c2.amount.min is null and c2.amount.max is null then 1 else 0 end as unnumbered,
			    row_number() over (partition by c2.basis, case when c2.amount.min is null
			        and c2.amount.max is null then 1 else 0 end
			      order by c2.madeOn desc, a2.name, a2.id, c2.id) as newestOfKind,
			    row_number() over (partition by c2.basis, case when c2.amount.min is null
			        and c2.amount.max is null then 1 else 0 end
			      order by a2.name, a2.id, c2.madeOn, c2.id) as unnumberedRank
			  from Commitment c2 join c2.actor a2
			  where c2.kind = org.peaceterms.commitment.CommitmentKind.TROOPS
			    and c2.retired = false and a2.retired = false and c2.madeOn <= :until
			    and exists (select 1 from c2.sources ks where ks.publishedOn <= :until)) r on r.id = c.id
			where r.newest <= :listed or (r.unnumbered = 1 and r.newestOfKind <= :named)
			order by c.madeOn desc, c.actor.name, c.actor.id, c.id
			""")
	List<ListedTroops> findListedTroops(LocalDate until, int listed, int named);

	/**
	 * The commitments on record ({@link #ON_RECORD}) that pass the commitments page's
	 * filters, as HQL conditions on {@code c} and its actor {@code a}: each of
	 * {@code :kind}, {@code :basis}, {@code :actor} and {@code :topic} is null for any.
	 */
	String SHOWN = ON_RECORD + """
			  and (:kind is null or c.kind = :kind) and (:basis is null or c.basis = :basis)
			  and (:actor is null or c.actor = :actor) and (:topic is null or c.topic = :topic)
			""";

	/** A commitment with a number ({@link Commitment#getAmount} not null). */
	String NUMBERED = "(c.amount.min is not null or c.amount.max is not null)";

	/**
	 * A commitment with a number or the source's wording of one (what
	 * {@link CommitmentService#conflicts} compares).
	 */
	String WORDED = "(c.amount.min is not null or c.amount.max is not null or c.amount.text is not null)";

	/** How many commitments made up to a date pass the filters ({@link #SHOWN}). */
	@Query("select count(c) from Commitment c join c.actor a where " + SHOWN)
	long countShown(LocalDate until, @Nullable CommitmentKind kind, @Nullable CommitmentBasis basis,
			@Nullable Actor actor, @Nullable Topic topic);

	/**
	 * The newest {@code rows} commitments made up to a date that pass the filters
	 * ({@link #SHOWN}) (the same day: the newest record first), with actor, topic,
	 * sources and conditions loaded in one statement, in {@link #findUpTo}'s order (by
	 * actor name and date).
	 */
	@Query("""
			select distinct m from Commitment m join fetch m.actor ma join fetch m.topic
			  left join fetch m.sources left join fetch m.conditions
			where m.id in (select c.id from Commitment c join c.actor a where\s""" + SHOWN + """
			    order by c.madeOn desc, c.id desc limit :rows)
			order by ma.name, ma.id, m.madeOn, m.id
			""")
	List<Commitment> findNewestShown(LocalDate until, @Nullable CommitmentKind kind, @Nullable CommitmentBasis basis,
			@Nullable Actor actor, @Nullable Topic topic, int rows);

	/**
	 * The figures the commitments page charts, in one statement: of the troop and money
	 * commitments with a number ({@link #NUMBERED}) made up to a date that pass the
	 * filters ({@link #SHOWN}), per kind and unit the first {@code bars} in the chart's
	 * order (asks, estimates, pledges, each by its upper end, largest first; then in
	 * {@link #findUpTo}'s order), with their actors, by kind, unit and that order.
	 */
	@Query("""
			select m from Commitment m join fetch m.actor
			join (select c.id as id, c.kind as kind, coalesce(c.amount.unit, '') as unit,
			    row_number() over (partition by c.kind, coalesce(c.amount.unit, '')
			      order by case c.basis when org.peaceterms.commitment.CommitmentBasis.ASK then 0
			          when org.peaceterms.commitment.CommitmentBasis.ESTIMATE then 1 else 2 end,
			        coalesce(c.amount.max, c.amount.min, 0) desc, a.name, a.id, c.madeOn, c.id) as bar
			  from Commitment c join c.actor a
			  where c.kind in (org.peaceterms.commitment.CommitmentKind.TROOPS,
			      org.peaceterms.commitment.CommitmentKind.MONEY)
			    and """ + NUMBERED + " and " + SHOWN + """
			  ) r on r.id = m.id
			where r.bar <= :bars
			order by r.kind, r.unit, r.bar
			""")
	List<Commitment> findChartedShown(LocalDate until, @Nullable CommitmentKind kind, @Nullable CommitmentBasis basis,
			@Nullable Actor actor, @Nullable Topic topic, int bars);

	/**
	 * The groups of figures that may disagree, in the order of
	 * {@link CommitmentService#conflicts}: among the commitments with a number or a
	 * wording ({@link #WORDED}) made up to a date that pass the filters ({@link #SHOWN}),
	 * those of one actor, topic, kind and basis where some give a number and some do not,
	 * or the lower or upper ends of those with a number are not all the same (or not all
	 * given), or the wordings of those without a number are not all the same; by actor
	 * name, then the group's first date and its first record. Numbers that differ only
	 * below the unit read the same, and so may a number and a wording, which is no
	 * conflict: this is a superset.
	 */
	@Query("""
			select new org.peaceterms.commitment.FigureGroup(a.id, c.topic.id, c.kind, c.basis)
			from Commitment c join c.actor a
			where """ + WORDED + " and " + SHOWN + """
			group by a.name, a.id, c.topic.id, c.kind, c.basis
			having count(*) > 1
			  and (sum(case when """ + NUMBERED + """
			  then 1 else 0 end) not in (0, count(*))
			or min(c.amount.min) <> max(c.amount.min) or min(c.amount.max) <> max(c.amount.max)
			or count(c.amount.min) not in (0, sum(case when """ + NUMBERED + """
			  then 1 else 0 end))
			or count(c.amount.max) not in (0, sum(case when """ + NUMBERED + """
			  then 1 else 0 end))
			or min(case when """ + NUMBERED + """
			then null else c.amount.text end) <> max(case when """ + NUMBERED + """
			      then null else c.amount.text end))
			order by a.name, a.id, min(c.madeOn), min(c.id)
			""")
	List<FigureGroup> findConflictGroups(LocalDate until, @Nullable CommitmentKind kind,
			@Nullable CommitmentBasis basis, @Nullable Actor actor, @Nullable Topic topic, Pageable page);

	/**
	 * The commitments with a number or a wording ({@link #WORDED}) made up to a date that
	 * pass the filters ({@link #SHOWN}) by any of {@code actors} on any of
	 * {@code topics}, with actor, topic and sources, in {@link #findUpTo}'s order.
	 */
	@Query("select distinct c from Commitment c join fetch c.actor a join fetch c.topic left join fetch c.sources"
			+ " where c.actor.id in :actors and c.topic.id in :topics and " + WORDED + " and " + SHOWN
			+ " order by a.name, a.id, c.madeOn, c.id")
	List<Commitment> findFiguresShown(LocalDate until, @Nullable CommitmentKind kind, @Nullable CommitmentBasis basis,
			@Nullable Actor actor, @Nullable Topic topic, Collection<Long> actors, Collection<Long> topics);

	/** The actors of the commitments made up to a date, by name. */
	@Query("""
			select distinct a from Commitment c join c.actor a
			where\s""" + ON_RECORD + """
			order by a.name, a.id
			""")
	List<Actor> findActorsUpTo(LocalDate until);

	/** The topics of the commitments made up to a date, in the topics' order. */
	@Query("""
			select distinct t from Commitment c join c.actor a join c.topic t
			where\s""" + ON_RECORD + """
			order by t.sortOrder, t.id
			""")
	List<Topic> findTopicsUpTo(LocalDate until);

	/** A commitment the tally lists, with its ranks ({@link #findListedTroops}). */
	interface ListedTroops {

		Commitment getCommitment();

		/** 1 for the newest of its basis, 2 for the next, … */
		long getNewest();

		/** 1 for the first of its basis in list order, … */
		long getListRank();

		/** 1 for a pledge without a number, 0 otherwise. */
		int getUnnumbered();

		/**
		 * Like {@link #getNewest()}, among the pledges without a number for one of them.
		 */
		long getNewestOfKind();

		/**
		 * Like {@link #getListRank()}, among the pledges without a number for one of
		 * them.
		 */
		long getUnnumberedRank();

	}

}
