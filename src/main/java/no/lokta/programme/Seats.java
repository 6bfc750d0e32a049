package no.lokta.programme;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seats of one activity as they stand, and who may take one. Seats reserved for an
 * organisation go to its people only, until the quotas are released; the rest are open to all.
 * Pure, so that the rule is tested without a database; used under the activity's row lock.
 *
 * @param quotaSeatsHeld seats held against each organisation's quota
 * @param openSeatsHeld seats held outside any quota
 */
record Seats(
        int capacity,
        Map<UUID, Integer> quotas,
        boolean quotasReleased,
        Map<UUID, Integer> quotaSeatsHeld,
        int openSeatsHeld) {

    /** A seat to take: counted against the organisation's quota, or an open one (null). */
    record Seat(@Nullable UUID quotaOrganisation) {}

    Seats {
        quotas = Map.copyOf(quotas);
        quotaSeatsHeld = Map.copyOf(quotaSeatsHeld);
    }

    int held() {
        return openSeatsHeld
                + quotaSeatsHeld.values().stream().mapToInt(Integer::intValue).sum();
    }

    int seatsLeft() {
        return Math.max(0, capacity - held());
    }

    private int reserved() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The seat a person from this organisation (or none) gets now, if any. */
    Optional<Seat> seatFor(@Nullable UUID organisationId) {
        boolean quotaRoom = organisationId != null
                && quotaSeatsHeld.getOrDefault(organisationId, 0) < quotas.getOrDefault(organisationId, 0);
        if (quotasReleased) {
            if (held() >= capacity) {
                return Optional.empty();
            }
            return Optional.of(new Seat(quotaRoom ? organisationId : null));
        }
        if (quotaRoom) {
            return Optional.of(new Seat(organisationId));
        }
        if (openSeatsHeld < capacity - reserved()) {
            return Optional.of(new Seat(null));
        }
        return Optional.empty();
    }

    /** The seats after this one is taken. */
    Seats take(Seat seat) {
        return change(seat.quotaOrganisation(), 1);
    }

    /** The seats after one held against this quota (or an open one) is freed. */
    Seats free(@Nullable UUID quotaOrganisation) {
        return change(quotaOrganisation, -1);
    }

    private Seats change(@Nullable UUID quotaOrganisation, int delta) {
        if (quotaOrganisation == null) {
            return new Seats(capacity, quotas, quotasReleased, quotaSeatsHeld, openSeatsHeld + delta);
        }
        Map<UUID, Integer> held = new HashMap<>(quotaSeatsHeld);
        held.merge(quotaOrganisation, delta, Integer::sum);
        held.values().removeIf(n -> n == 0);
        return new Seats(capacity, quotas, quotasReleased, held, openSeatsHeld);
    }
}
