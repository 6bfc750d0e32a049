/**
 * Job shadowing (hospitering): placements offered by a host organisation's unit, applications
 * approved by the applicant's own leader and the host's leader, and a short report afterwards.
 */
@NullMarked
package no.lokta.programme.shadowing;

import org.jspecify.annotations.NullMarked;
