/**
 * Members' requests for help (veiledning) with plans, projects and applications: a municipality
 * contact asks, the coordinator works on it, logs the time and writes the outcome; a yearly report
 * per member.
 */
@NullMarked
package no.lokta.project.help;

import org.jspecify.annotations.NullMarked;
