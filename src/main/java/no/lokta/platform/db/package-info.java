@NullMarked
package no.lokta.platform.db;

import org.jspecify.annotations.NullMarked;
