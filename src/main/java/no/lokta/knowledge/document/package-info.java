/**
 * Documents: uploaded files with a title, a description and who may see them (anyone, the
 * collaboration's members or its coordinators), kept in numbered versions, and linked to networks,
 * projects, fora and agreements of the same collaboration.
 */
@NullMarked
package no.lokta.knowledge.document;

import org.jspecify.annotations.NullMarked;
