/** Grant schemes as JSON. */
@NullMarked
package no.lokta.project.scheme.api;

import org.jspecify.annotations.NullMarked;
