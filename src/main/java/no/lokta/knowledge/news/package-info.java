/**
 * News of a collaboration (trends, national requirements, grant schemes) in Markdown, public or for
 * its people only, with RSS and Atom feeds, and the newsletter: addresses subscribe with double
 * opt-in, every newsletter mail can unsubscribe, and an item goes out by newsletter once.
 */
@NullMarked
package no.lokta.knowledge.news;

import org.jspecify.annotations.NullMarked;
