@NullMarked
package no.lokta.finance.api;

import org.jspecify.annotations.NullMarked;
