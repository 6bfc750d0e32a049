/**
 * Good examples of collaboration (godt eksempel): described, categorised and published by the
 * coordinators, searchable by anyone in Norwegian, each with its related examples.
 */
@NullMarked
package no.lokta.knowledge.example;

import org.jspecify.annotations.NullMarked;
