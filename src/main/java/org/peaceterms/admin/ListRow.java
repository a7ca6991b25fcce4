package org.peaceterms.admin;

import java.util.List;

/**
 * A record in an admin list, ready to render: its id, whether it is retired, and its
 * cells as text, in the order of the listing's columns.
 *
 * @param id the record's id
 * @param retired whether the record is retired
 * @param cells the text of each column
 */
public record ListRow(long id, boolean retired, List<String> cells) {

}
