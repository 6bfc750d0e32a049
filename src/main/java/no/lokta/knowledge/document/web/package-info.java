/** The document pages: the library, a document with its versions, the forms and the public pages. */
@NullMarked
package no.lokta.knowledge.document.web;

import org.jspecify.annotations.NullMarked;
