/** Pages of requests for help: the list, a request, the coordinator's handling and the yearly report. */
@NullMarked
package no.lokta.project.help.web;

import org.jspecify.annotations.NullMarked;
