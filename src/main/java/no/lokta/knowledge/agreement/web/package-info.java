/** The agreement pages: list, agreement, sub-agreements, versions and the coverage matrix. */
@NullMarked
package no.lokta.knowledge.agreement.web;

import org.jspecify.annotations.NullMarked;
