package no.lokta.project.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A status report with its lights, each naming the goal or subproject it is for. */
public record StatusReportSummary(
        UUID id,
        UUID projectId,
        LocalDate periodFrom,
        LocalDate periodTo,
        Light overall,
        String text,
        String writtenBy,
        LocalDateTime writtenAt,
        List<Line> lines) {

    /** The light of one goal or subproject. */
    public record Line(UUID subjectId, String subject, Light light, String comment) {}
}
