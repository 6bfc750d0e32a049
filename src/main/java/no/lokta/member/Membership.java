package no.lokta.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A period of membership, both ends inclusive; an open end means "still a member". */
@Table(schema = "member", name = "membership")
record Membership(
        @Id UUID id,
        UUID collaborationId,
        UUID organisationId,
        MembershipKind kind,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String note,
        @Version @Nullable Integer version) {

    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    Membership endingOn(LocalDate lastDay) {
        return new Membership(id, collaborationId, organisationId, kind, validFrom, lastDay, note, version);
    }

    Membership with(MembershipCommand c) {
        return new Membership(
                id, collaborationId, organisationId, c.kind(), c.validFrom(), c.validTo(), c.note(), version);
    }
}
