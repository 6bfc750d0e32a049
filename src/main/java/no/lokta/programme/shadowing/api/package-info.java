/** Job shadowing placements and their applications as JSON. */
@NullMarked
package no.lokta.programme.shadowing.api;

import org.jspecify.annotations.NullMarked;
