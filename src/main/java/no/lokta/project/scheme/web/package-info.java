/** Pages of grant schemes: the list, a scheme, the coordinator's form and publishing. */
@NullMarked
package no.lokta.project.scheme.web;

import org.jspecify.annotations.NullMarked;
