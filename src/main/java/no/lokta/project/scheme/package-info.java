/**
 * Grant schemes to watch (tilskuddsordninger): the coordinator keeps them and publishes one as news
 * to the members it concerns, by mail; municipality contacts see the published ones, next deadline
 * first.
 */
@NullMarked
package no.lokta.project.scheme;

import org.jspecify.annotations.NullMarked;
