/** Pages of funding: the funding plan, funders, applications, reporting duties and the portfolio. */
@NullMarked
package no.lokta.project.funding.web;

import org.jspecify.annotations.NullMarked;
