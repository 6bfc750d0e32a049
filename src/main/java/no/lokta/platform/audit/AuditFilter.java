package no.lokta.platform.audit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filter, as given in the address. */
record AuditFilter(
        @Nullable AuditAction action,
        @Size(max = 100) @Nullable String entityType,
        @Size(max = 200) @Nullable String person,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable String page) {

    AuditEntries.Criteria criteria() {
        return new AuditEntries.Criteria(action, entityType, person, from, to);
    }

    /** The page asked for; anything that is not a page number means the first. */
    int pageOrFirst() {
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }
}
