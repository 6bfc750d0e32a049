@NullMarked
package no.lokta.knowledge.news.web;

import org.jspecify.annotations.NullMarked;
