/** Pages of job shadowing: public placements, applying, leaders' approvals and the coordinator's side. */
@NullMarked
package no.lokta.programme.shadowing.web;

import org.jspecify.annotations.NullMarked;
