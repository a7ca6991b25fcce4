package org.peaceterms.admin;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What every admin form object has: the version of the record it was loaded from
 * ({@code null} on a create form), so that a save over a newer version becomes a conflict
 * instead of a silent overwrite. Forms are records in their feature's package.
 */
public interface AdminForm extends Serializable {

	@Nullable Long version();

}
