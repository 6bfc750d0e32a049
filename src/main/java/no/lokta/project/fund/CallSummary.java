package no.lokta.project.fund;

import java.time.LocalDate;
import java.util.UUID;
import no.lokta.platform.money.Nok;

/** A call with what has been awarded from its pot so far and how many have applied. */
public record CallSummary(
        UUID id,
        UUID collaborationId,
        String title,
        String description,
        String criteria,
        Nok pot,
        Nok awarded,
        LocalDate opensOn,
        LocalDate deadline,
        CallStatus status,
        int applications) {

    /** What is left of the pot to award. */
    public Nok remaining() {
        return new Nok(Math.max(0, pot.ore() - awarded.ore()));
    }

    /** The share of the pot awarded, in whole per cent (0 to 100). */
    public int awardedPercent() {
        return pot.ore() == 0 ? 0 : (int) Math.min(100, awarded.ore() * 100 / pot.ore());
    }

    /** Whether a member may apply on this day: the call is open and the day within its dates. */
    public boolean acceptsOn(LocalDate day) {
        return status == CallStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(deadline);
    }
}
