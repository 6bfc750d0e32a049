package no.lokta.member;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "member", name = "collaboration")
record Collaboration(
        @Id UUID id,
        String name,
        String ownerBody,
        String description,
        @Version @Nullable Integer version) {

    CollaborationSummary summary() {
        return new CollaborationSummary(id, name, ownerBody, description);
    }
}
