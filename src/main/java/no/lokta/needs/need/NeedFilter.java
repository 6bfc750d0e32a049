package no.lokta.needs.need;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which needs to list; a null field does not filter. Merged needs are hidden unless asked for. */
public record NeedFilter(
        @Nullable NeedStatus status,
        @Nullable String profession,
        @Nullable UUID municipalityId,
        boolean includeMerged) {

    public static NeedFilter all() {
        return new NeedFilter(null, null, null, true);
    }

    boolean matches(NeedSummary n) {
        return (status == null || n.status() == status)
                && (profession == null
                        || profession.isBlank()
                        || n.professions().stream().anyMatch(p -> p.equalsIgnoreCase(profession.strip())))
                && (municipalityId == null || n.concerns(municipalityId))
                && (includeMerged || !n.merged());
    }
}
