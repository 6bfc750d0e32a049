/** Pages of the practice-consultant register and its growth. */
@NullMarked
package no.lokta.knowledge.consultant.web;

import org.jspecify.annotations.NullMarked;
