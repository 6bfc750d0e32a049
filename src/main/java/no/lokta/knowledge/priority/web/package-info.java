/** Pages of priority areas. */
@NullMarked
package no.lokta.knowledge.priority.web;

import org.jspecify.annotations.NullMarked;
