/**
 * Knowledge and dialogue: fora with their composition, meetings, minutes and decisions; dialogue
 * conferences and their outcomes; the virtual professional forum; consultations; good examples;
 * news and documents; agreements between municipalities and hospital trusts; practice consultants;
 * priority areas.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "member",
            "people",
            "network",
            "programme",
            "project :: scheme-events",
            "project :: directory"
        })
@NullMarked
package no.lokta.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
