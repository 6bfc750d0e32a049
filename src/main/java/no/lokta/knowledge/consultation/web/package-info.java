/** The consultation pages: list, consultation, input, joint response, submission and documents. */
@NullMarked
package no.lokta.knowledge.consultation.web;

import org.jspecify.annotations.NullMarked;
