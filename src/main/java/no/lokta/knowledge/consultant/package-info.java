/**
 * Practice consultants (PKO, today "samhandlingslege"): the register of who is placed where, at
 * what position, under which coordinators and leader, and how the scheme grew over the years.
 */
@NullMarked
package no.lokta.knowledge.consultant;

import org.jspecify.annotations.NullMarked;
