/**
 * Development funds (utviklingsmidler): the unit calls for applications with a pot of money, its
 * member organisations apply while the call is open, the coordinator assesses and awards within the
 * pot or rejects, and each receiver owes a follow-up report by a due date.
 */
@NullMarked
package no.lokta.project.fund;

import org.jspecify.annotations.NullMarked;
