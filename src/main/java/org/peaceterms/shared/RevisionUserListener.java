package org.peaceterms.shared;

import org.hibernate.envers.RevisionListener;

/**
 * Stamps each new {@link Revision} with the name of the user who made the change, as
 * reported by {@link CurrentUser}.
 */
public class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setUsername(CurrentUser.name());
	}

}
