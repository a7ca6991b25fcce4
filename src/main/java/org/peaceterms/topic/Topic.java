package org.peaceterms.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.peaceterms.shared.ReplaceableEntity;
import org.springframework.util.Assert;

/**
 * One issue of the deal (Ukraine army size, territory, the multinational force): the
 * shared taxonomy that lets proposals be compared and positions be lined up.
 */
@Entity
@Table(name = "topic")
@Audited
public class Topic extends ReplaceableEntity<Topic> {

	/** Slug of the topic whose stances use the troop-deployment ladder. */
	public static final String TROOPS_SLUG = "multinational-force";

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private @Nullable String description;

	/** The question a stance on this topic answers, so that "supports" is unambiguous. */
	@Column(length = 500)
	private @Nullable String question;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Ladder ladder;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	public Topic(String slug, String name, Ladder ladder, int sortOrder) {
		check(slug, name);
		this.slug = slug;
		this.name = name;
		this.ladder = ladder;
		this.sortOrder = sortOrder;
	}

	@SuppressWarnings("NullAway.Init")
	protected Topic() {
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public @Nullable String getQuestion() {
		return this.question;
	}

	public Ladder getLadder() {
		return this.ladder;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/** Replaces what an editor can change, under the same rules as the constructor. */
	public void update(String slug, String name, @Nullable String description, @Nullable String question, Ladder ladder,
			int sortOrder) {
		check(slug, name);
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.question = question;
		this.ladder = ladder;
		this.sortOrder = sortOrder;
	}

	/** The rules every state of the record keeps, on creation and on every update. */
	private static void check(String slug, String name) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
	}

}
