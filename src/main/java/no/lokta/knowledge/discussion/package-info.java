/**
 * The virtual professional forum (virtuelt fagnett): per professional network, threads of plain
 * text posts with an optional attachment each, followed by the people who write in them, moderated
 * by the network's resource group and the coordinators, with a daily digest mail to the followers.
 */
@NullMarked
package no.lokta.knowledge.discussion;

import org.jspecify.annotations.NullMarked;
