/** Money: one exact value type for Norwegian kroner, used by every module that counts kroner. */
@NullMarked
package no.lokta.platform.money;

import org.jspecify.annotations.NullMarked;
