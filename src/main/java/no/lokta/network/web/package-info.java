@NullMarked
package no.lokta.network.web;

import org.jspecify.annotations.NullMarked;
