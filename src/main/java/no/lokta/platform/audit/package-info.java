@NullMarked
package no.lokta.platform.audit;

import org.jspecify.annotations.NullMarked;
