/** Uploaded files: which kinds are taken, how large, and how their names are cleaned. */
@NullMarked
package no.lokta.platform.files;

import org.jspecify.annotations.NullMarked;
