/** Pages of development funds: calls, applications, assessment and decisions, follow-up reports. */
@NullMarked
package no.lokta.project.fund.web;

import org.jspecify.annotations.NullMarked;
