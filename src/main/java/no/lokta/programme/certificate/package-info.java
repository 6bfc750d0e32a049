/** Certificates (kursbevis): a PDF per participant stating the hours attended. */
@NullMarked
package no.lokta.programme.certificate;

import org.jspecify.annotations.NullMarked;
