/** Calls for development funds as JSON. */
@NullMarked
package no.lokta.project.fund.api;

import org.jspecify.annotations.NullMarked;
