package no.lokta.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatsTests {

    private static final UUID BARDU = UUID.randomUUID();
    private static final UUID DYROY = UUID.randomUUID();

    /** 10 seats, 3 of them kept for Bardu. */
    private static Seats seats(boolean released, int barduHeld, int openHeld) {
        return new Seats(
                10, Map.of(BARDU, 3), released, barduHeld == 0 ? Map.of() : Map.of(BARDU, barduHeld), openHeld);
    }

    @Test
    void reservedSeatsGoToTheirOrganisationFirst() {
        assertThat(seats(false, 0, 0).seatFor(BARDU)).contains(new Seats.Seat(BARDU));
    }

    @Test
    void othersGetOpenSeatsOnly() {
        assertThat(seats(false, 0, 6).seatFor(DYROY)).contains(new Seats.Seat(null));
        assertThat(seats(false, 0, 7).seatFor(DYROY)).isEmpty();
        assertThat(seats(false, 0, 7).seatFor(null)).isEmpty();
    }

    @Test
    void anOrganisationWithItsQuotaFullTakesAnOpenSeat() {
        assertThat(seats(false, 3, 6).seatFor(BARDU)).contains(new Seats.Seat(null));
        assertThat(seats(false, 3, 7).seatFor(BARDU)).isEmpty();
    }

    @Test
    void afterTheReleaseDateUnusedReservedSeatsAreOpenToAll() {
        assertThat(seats(true, 0, 7).seatFor(DYROY)).contains(new Seats.Seat(null));
        assertThat(seats(true, 1, 9).seatFor(DYROY)).isEmpty();
        assertThat(seats(true, 1, 8).seatFor(BARDU)).contains(new Seats.Seat(BARDU));
    }

    @ParameterizedTest
    @CsvSource({"false,0,0,10", "false,3,7,0", "true,2,5,3", "false,1,2,7"})
    void seatsLeftCountEveryHeldSeat(boolean released, int barduHeld, int openHeld, int left) {
        assertThat(seats(released, barduHeld, openHeld).seatsLeft()).isEqualTo(left);
    }

    @Test
    void takingAndFreeingKeepsTheCount() {
        Seats s = seats(false, 2, 7);
        Seats taken = s.take(new Seats.Seat(BARDU));
        assertThat(taken.quotaSeatsHeld()).containsEntry(BARDU, 3);
        assertThat(taken.seatFor(BARDU)).isEmpty();
        assertThat(taken.free(null).seatFor(DYROY)).contains(new Seats.Seat(null));
        assertThat(taken.free(BARDU).free(BARDU).free(BARDU).quotaSeatsHeld()).isEmpty();
    }

    @Test
    void noCapacityNoSeat() {
        assertThat(new Seats(0, Map.of(), true, Map.of(), 0).seatFor(null)).isEmpty();
    }

    /** Filling seat by seat never gives more than the capacity, nor others a reserved seat. */
    @Test
    void fillingNeverOverbooks() {
        for (int i = 0; i < 200; i++) {
            Seats s = seats(i % 2 == 0, 0, 0);
            UUID[] who = {BARDU, DYROY, null};
            int given = 0;
            for (int n = 0; n < 50; n++) {
                UUID organisation = who[(n * 7 + i) % 3];
                var seat = s.seatFor(organisation);
                if (seat.isPresent()) {
                    s = s.take(seat.get());
                    given++;
                }
            }
            assertThat(given).isEqualTo(10);
            assertThat(s.quotaSeatsHeld().getOrDefault(BARDU, 0)).isLessThanOrEqualTo(3);
            assertThat(s.openSeatsHeld()).isLessThanOrEqualTo(i % 2 == 0 ? 10 : 7);
        }
    }
}
