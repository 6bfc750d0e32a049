@NullMarked
package no.lokta.member.web;

import org.jspecify.annotations.NullMarked;
