@NullMarked
package no.lokta.network.api;

import org.jspecify.annotations.NullMarked;
