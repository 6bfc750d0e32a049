/**
 * Priority areas (satsingsområder): the few areas a collaboration has chosen to work on, each with
 * a goal, in an order of its own, and the kinds of good example that show the work in each.
 */
@NullMarked
package no.lokta.knowledge.priority;

import org.jspecify.annotations.NullMarked;
