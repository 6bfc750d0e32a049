@NullMarked
package no.lokta.platform.demo;

import org.jspecify.annotations.NullMarked;
