/**
 * Funding of projects: the funders, each project's funding plan per year (grants, own contribution
 * in money or hours times a rate, other income) and budget, the matching rule, grant applications
 * and the reporting duties that come with a grant, with reminders before they fall due.
 */
@NullMarked
package no.lokta.project.funding;

import org.jspecify.annotations.NullMarked;
