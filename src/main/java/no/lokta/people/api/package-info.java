@NullMarked
package no.lokta.people.api;

import org.jspecify.annotations.NullMarked;
