package no.lokta.knowledge.example;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A good example as pages and the API see it. */
public record ExampleSummary(
        UUID id,
        UUID collaborationId,
        UUID categoryId,
        String categoryName,
        String title,
        String summary,
        String targetGroup,
        @Nullable UUID networkId,
        @Nullable String networkName,
        List<Party> organisations,
        String contactName,
        String contactEmail,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String results,
        Evidence evidence,
        ExampleStatus status,
        @Nullable LocalDateTime publishedAt,
        LocalDateTime updatedAt) {

    /** An organisation involved in the example. */
    public record Party(UUID id, String name) {}

    public ExampleSummary {
        organisations = List.copyOf(organisations);
    }

    public boolean published() {
        return status == ExampleStatus.PUBLISHED;
    }

    public List<UUID> organisationIds() {
        return organisations.stream().map(Party::id).toList();
    }

    ExampleSummary withNetworkName(@Nullable String name) {
        return new ExampleSummary(
                id,
                collaborationId,
                categoryId,
                categoryName,
                title,
                summary,
                targetGroup,
                networkId,
                name,
                organisations,
                contactName,
                contactEmail,
                periodFrom,
                periodTo,
                results,
                evidence,
                status,
                publishedAt,
                updatedAt);
    }
}
