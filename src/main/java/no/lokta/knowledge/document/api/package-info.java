/** Documents as JSON. */
@NullMarked
package no.lokta.knowledge.document.api;

import org.jspecify.annotations.NullMarked;
