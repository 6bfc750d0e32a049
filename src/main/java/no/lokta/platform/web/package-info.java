@NullMarked
package no.lokta.platform.web;

import org.jspecify.annotations.NullMarked;
