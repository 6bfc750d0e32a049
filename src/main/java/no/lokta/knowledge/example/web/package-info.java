/** Pages of good examples: the public library and example page, and the coordinator's forms. */
@NullMarked
package no.lokta.knowledge.example.web;

import org.jspecify.annotations.NullMarked;
