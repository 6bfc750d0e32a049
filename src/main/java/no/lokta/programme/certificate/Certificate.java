package no.lokta.programme.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import no.lokta.programme.ActivitySummary;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate states. The hours attended are the activity's certificate hours times the
 * share of its sessions the person was present at, to one decimal: sessions count alike whatever
 * their length, as the coordinator sets the hours for the whole activity.
 */
public record Certificate(
        String collaborationName,
        String participantName,
        ActivitySummary activity,
        int sessionsAttended,
        int sessions,
        BigDecimal hours,
        @Nullable LocalDate firstDate,
        @Nullable LocalDate lastDate,
        LocalDate issuedOn) {

    static BigDecimal hours(BigDecimal certificateHours, int attended, int sessions) {
        if (sessions == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return certificateHours
                .multiply(BigDecimal.valueOf(attended))
                .divide(BigDecimal.valueOf(sessions), 1, RoundingMode.HALF_UP);
    }

    /** A file name without spaces or letters outside ASCII. */
    public String fileName() {
        String ascii = java.text.Normalizer.normalize(participantName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "")
                .toLowerCase(java.util.Locale.ROOT);
        return "kursbevis-" + (ascii.isEmpty() ? "deltaker" : ascii) + ".pdf";
    }
}
