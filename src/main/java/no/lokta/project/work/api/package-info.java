/** Projects as JSON: the list with their money, and one project with its parts and funding plan. */
@NullMarked
package no.lokta.project.work.api;

import org.jspecify.annotations.NullMarked;
