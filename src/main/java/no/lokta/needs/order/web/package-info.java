/** Pages of orders: the coordinator's list, form and order page, and the provider's offer form. */
@NullMarked
package no.lokta.needs.order.web;

import org.jspecify.annotations.NullMarked;
