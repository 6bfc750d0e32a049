package no.lokta.programme.attendance;

import java.util.List;
import java.util.UUID;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.SessionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The confirmed participants of one session with what is recorded for each: present, absent (a
 * no-show), or not yet checked ({@code present} null).
 */
public record Checklist(ActivitySummary activity, SessionSummary session, int number, List<Row> rows) {

    public record Row(
            UUID registrationId,
            String name,
            String email,
            @Nullable Boolean present) {

        public boolean ticked() {
            return Boolean.TRUE.equals(present);
        }
    }

    public long present() {
        return rows.stream().filter(Row::ticked).count();
    }

    public long absent() {
        return rows.stream().filter(r -> Boolean.FALSE.equals(r.present())).count();
    }

    public long unchecked() {
        return rows.stream().filter(r -> r.present() == null).count();
    }
}
