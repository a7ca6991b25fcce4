/**
 * Spring MVC set-up shared by every page: the as-of argument, link building and the
 * layout's model.
 */
@NullMarked
package org.peaceterms.web;

import org.jspecify.annotations.NullMarked;
