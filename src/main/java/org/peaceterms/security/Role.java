package org.peaceterms.security;

/**
 * What a user may do: editors enter and edit data, administrators also manage users.
 */
public enum Role {

	EDITOR, ADMIN

}
