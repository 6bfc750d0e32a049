/** Pages of projects: the list, the project page and the forms for its parts. */
@NullMarked
package no.lokta.project.work.web;

import org.jspecify.annotations.NullMarked;
