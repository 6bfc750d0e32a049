@NullMarked
package no.lokta.platform.security;

import org.jspecify.annotations.NullMarked;
