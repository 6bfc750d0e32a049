/** Pages of the programme: the public programme and the coordinator's activity pages. */
@NullMarked
package no.lokta.programme.web;

import org.jspecify.annotations.NullMarked;
