package org.peaceterms.opendata;

/**
 * The licence of the tracker's structured data, stated the same way everywhere it is
 * published: the page footer, the OpenAPI description and a {@code Link} header on every
 * API answer, feed and download, and the data package of every release. The code is under
 * the MIT licence ({@code LICENSE} at the root of the repository).
 */
public final class DataLicence {

	/** The SPDX and Open Definition identifier. */
	public static final String ID = "CC-BY-4.0";

	/** The licence's human-readable name. */
	public static final String TITLE = "Creative Commons Attribution 4.0 International";

	/** Where the licence text is. */
	public static final String URL = "https://creativecommons.org/licenses/by/4.0/";

	/** How to attribute the data. */
	public static final String ATTRIBUTION = "Peace Terms Tracker";

	/** What the licence does not cover. */
	public static final String QUOTATIONS = "Quotations remain their authors' and publishers'; they are kept short "
			+ "and reproduced for reference, each with its source.";

	/**
	 * The value of the {@code Link} header that points at the licence (RFC 8288,
	 * {@code rel="license"} from RFC 4946).
	 */
	public static final String LINK_HEADER = "<" + URL + ">; rel=\"license\"; title=\"" + ID + "\"";

	private DataLicence() {
	}

}
