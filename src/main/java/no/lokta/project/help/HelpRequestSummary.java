package no.lokta.project.help;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request for help with its organisation's name, its time log and the hours spent in all. */
public record HelpRequestSummary(
        UUID id,
        UUID collaborationId,
        UUID organisationId,
        String organisationName,
        String askerName,
        String askerEmail,
        String subject,
        String description,
        HelpKind kind,
        HelpStatus status,
        String outcome,
        LocalDate receivedOn,
        List<TimeEntry> entries) {

    /** One entry of the time log. */
    public record TimeEntry(UUID id, LocalDate workedOn, BigDecimal hours, String note, String loggedBy) {}

    public HelpRequestSummary {
        entries = List.copyOf(entries);
    }

    /** The hours spent in all. */
    public BigDecimal hours() {
        return entries.stream().map(TimeEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
