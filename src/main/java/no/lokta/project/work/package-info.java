/**
 * Projects: purpose, owner, participants, phase and period; measurable goals, subprojects,
 * milestones, risks, decisions, measures tried in practice, and status reports with traffic lights.
 */
@NullMarked
package no.lokta.project.work;

import org.jspecify.annotations.NullMarked;
