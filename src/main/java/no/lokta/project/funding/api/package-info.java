/** The money of projects as JSON: the portfolio across projects, applications and reporting duties. */
@NullMarked
package no.lokta.project.funding.api;

import org.jspecify.annotations.NullMarked;
