@NullMarked
package no.lokta.people.web;

import org.jspecify.annotations.NullMarked;
