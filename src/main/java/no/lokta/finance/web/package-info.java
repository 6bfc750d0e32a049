@NullMarked
package no.lokta.finance.web;

import org.jspecify.annotations.NullMarked;
