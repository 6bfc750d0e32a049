/** Agreements and their coverage matrix as JSON. */
@NullMarked
package no.lokta.knowledge.agreement.api;

import org.jspecify.annotations.NullMarked;
