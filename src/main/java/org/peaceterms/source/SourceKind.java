package org.peaceterms.source;

/** What kind of document a {@link Source} is. */
public enum SourceKind {

	NEWS, OFFICIAL_TEXT, OP_ED, INTERVIEW, SOCIAL_MEDIA, REPORT

}
