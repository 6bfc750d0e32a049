package no.lokta.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;

/**
 * Municipalities that merge into a successor on a date: their memberships end the day before and
 * the successor's membership starts on that date (Lenvik, Berg, Torsken and Tranøy → Senja, 2020).
 */
public record MergerCommand(List<UUID> merging, UUID successorId, LocalDate effective) {

    public MergerCommand {
        merging = List.copyOf(merging);
        if (merging.isEmpty()) {
            throw new InvalidInput("merging", "merger.noneChosen");
        }
        if (merging.contains(successorId)) {
            throw new InvalidInput("successorId", "merger.successorAmongMerging");
        }
    }
}
