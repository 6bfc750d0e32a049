/**
 * Orders to education providers (bestilling): what, for whom, when, where and how, with a budget;
 * the provider answers with an offer, the coordinator accepts or declines, and an accepted order
 * becomes an activity in the programme.
 */
@NullMarked
package no.lokta.needs.order;

import org.jspecify.annotations.NullMarked;
