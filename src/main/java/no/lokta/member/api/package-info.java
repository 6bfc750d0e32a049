@NullMarked
package no.lokta.member.api;

import org.jspecify.annotations.NullMarked;
