package org.peaceterms.proposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peaceterms.shared.IdCount;
import org.peaceterms.source.Source;
import org.peaceterms.topic.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads and stores {@link Provision}s. A provision is on record from the day its proposal
 * was presented.
 */
public interface ProvisionRepository extends JpaRepository<Provision, Long>, JpaSpecificationExecutor<Provision> {

	@Query("""
			select distinct p from Provision p join fetch p.topic left join fetch p.sources left join fetch p.topics
			where p.proposal = :proposal and p.retired = false
			order by p.number
			""")
	List<Provision> findByProposal(Proposal proposal);

	/** Every provision on record with its proposal, for pickers. */
	@Query("""
			select p from Provision p join fetch p.proposal pr
			where p.retired = false
			order by pr.presentedOn desc, pr.id, p.number
			""")
	List<Provision> findAllWithProposal();

	/**
	 * The provisions on record of the given proposals on the given topics, with topic and
	 * proposal: what the compare relations of the JSON API show on each side.
	 */
	@Query("""
			select distinct p from Provision p join fetch p.topic join fetch p.proposal left join fetch p.topics
			where p.proposal in :proposals and p.retired = false
			  and exists (select 1 from p.topics pt where pt in :topics)
			order by p.number, p.id
			""")
	List<Provision> findByProposalsAndTopics(Collection<Proposal> proposals, Collection<Topic> topics);

	/**
	 * Every proposal's provisions on a topic, for proposals presented by {@code asOf},
	 * newest proposal first.
	 */
	@Query("""
			select p from Provision p join fetch p.proposal pr
			where :topic member of p.topics and p.retired = false and pr.retired = false and pr.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by pr.presentedOn desc, pr.title, p.number
			""")
	List<Provision> findByTopic(Topic topic, LocalDate asOf);

	/** The provisions a source reports, for proposals presented by {@code asOf}. */
	@Query("""
			select p from Provision p join fetch p.proposal pr join fetch p.topic join p.sources s
			where s = :source and p.retired = false and pr.retired = false and pr.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			order by pr.presentedOn desc, pr.title, p.number
			""")
	List<Provision> findBySource(Source source, LocalDate asOf);

	/** How many provisions on record by {@code asOf} cite each source. */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(p)) from Provision p join p.proposal pr join p.sources s
			where p.retired = false and pr.retired = false and pr.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf);

	/**
	 * How many provisions on record by {@code asOf} cite each of {@code sources}: the
	 * counts of one page of the sources list.
	 */
	@Query("""
			select new org.peaceterms.shared.IdCount(s.id, count(p)) from Provision p join p.proposal pr join p.sources s
			where p.retired = false and pr.retired = false and pr.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			  and s.id in :sources
			group by s.id
			""")
	List<IdCount> countBySource(LocalDate asOf, Collection<Long> sources);

	/** How many provisions on record by {@code asOf} each topic has. */
	@Query("""
			select new org.peaceterms.shared.IdCount(t.id, count(p)) from Provision p join p.proposal pr join p.topics t
			where p.retired = false and pr.retired = false and pr.presentedOn <= :asOf
			  and exists (select 1 from p.sources ks where ks.publishedOn <= :asOf)
			group by t.id
			""")
	List<IdCount> countByTopic(LocalDate asOf);

	/**
	 * The provisions on record of the given proposals, with topic, proposal by proposal
	 * in number order: the proposals page's downloads.
	 */
	@Query("""
			select distinct p from Provision p join fetch p.topic left join fetch p.topics
			where p.proposal in :proposals and p.retired = false
			order by p.proposal.id, p.number, p.id
			""")
	List<Provision> findByProposals(Collection<Proposal> proposals);

}
