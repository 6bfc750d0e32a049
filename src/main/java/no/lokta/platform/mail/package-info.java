@NullMarked
package no.lokta.platform.mail;

import org.jspecify.annotations.NullMarked;
