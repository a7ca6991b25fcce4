package org.peaceterms.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.actor.Actor;
import org.peaceterms.shared.FuzzyDate;
import org.peaceterms.shared.ReplaceableEntity;
import org.peaceterms.shared.Sourcing;
import org.peaceterms.source.Source;
import org.springframework.util.Assert;

/**
 * A dated happening: a summit, talks, a phone call, a strike. Proposals are presented at
 * events and statements are made at them.
 */
@Entity
@Table(name = "event")
@Audited
public class Event extends ReplaceableEntity<Event> {

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 300)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private EventKind kind;

	/** Whether it happened: a scheduled event is never shown as having happened. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EventStatus status = EventStatus.HELD;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	/**
	 * How the date was established where the sources give it only relatively or roughly.
	 */
	@Column(name = "date_note", length = 1000)
	private @Nullable String dateNote;

	@Column(length = 200)
	private @Nullable String place;

	@Column(length = 4000)
	private @Nullable String description;

	@Embedded
	private Sourcing sourcing = new Sourcing();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	@OrderBy("name")
	private Set<Actor> participants = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	public Event(String slug, String name, EventKind kind, LocalDate startsOn, @Nullable LocalDate endsOn,
			Set<Source> sources) {
		check(slug, name, startsOn, endsOn, sources);
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.sources.addAll(sources);
	}

	@SuppressWarnings("NullAway.Init")
	protected Event() {
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public @Nullable String getDateNote() {
		return this.dateNote;
	}

	public @Nullable String getPlace() {
		return this.place;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public Set<Actor> getParticipants() {
		return this.participants;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(String slug, String name, EventKind kind, LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable String dateNote, @Nullable String place, @Nullable String description, Set<Actor> participants,
			Set<Source> sources) {
		check(slug, name, startsOn, endsOn, sources);
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.dateNote = dateNote;
		this.place = place;
		this.description = description;
		this.participants.clear();
		this.participants.addAll(participants);
		this.sources.clear();
		this.sources.addAll(sources);
	}

	public Sourcing getSourcing() {
		return this.sourcing;
	}

	/** Replaces the date's precision, the supporting excerpt and the confidence. */
	public void setSourcing(Sourcing sourcing) {
		this.sourcing = sourcing;
	}

	/** The date as precise as the source gives it. */
	public FuzzyDate getDate() {
		return this.sourcing.date(this.startsOn);
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(String slug, String name, LocalDate startsOn, @Nullable LocalDate endsOn,
			Set<Source> sources) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(endsOn == null || !endsOn.isBefore(startsOn), "an event cannot end before it starts");
		Assert.notEmpty(sources, "an event needs a source");
	}

}
