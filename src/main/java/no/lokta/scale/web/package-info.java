@NullMarked
package no.lokta.scale.web;

import org.jspecify.annotations.NullMarked;
