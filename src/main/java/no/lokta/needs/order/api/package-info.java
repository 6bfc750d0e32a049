/** Orders to education providers as JSON. */
@NullMarked
package no.lokta.needs.order.api;

import org.jspecify.annotations.NullMarked;
