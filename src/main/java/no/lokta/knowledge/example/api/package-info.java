/** Published good examples as JSON: the search and one example. */
@NullMarked
package no.lokta.knowledge.example.api;

import org.jspecify.annotations.NullMarked;
