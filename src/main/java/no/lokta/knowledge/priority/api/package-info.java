/** Priority areas as JSON. */
@NullMarked
package no.lokta.knowledge.priority.api;

import org.jspecify.annotations.NullMarked;
