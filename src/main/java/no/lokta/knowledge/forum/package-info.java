/**
 * Fora and their meetings: a forum's composition by group of seats, its members with a period,
 * meetings with agenda, attendance and minutes mailed to the members, and numbered decisions with
 * their follow-up.
 */
@NullMarked
package no.lokta.knowledge.forum;

import org.jspecify.annotations.NullMarked;
