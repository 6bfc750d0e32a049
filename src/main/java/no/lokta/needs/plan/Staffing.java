package no.lokta.needs.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The staff of one profession in a municipality: full-time equivalents, vacancies, the people by
 * age group and the turnover over the year in per cent.
 */
public record Staffing(
        String profession,
        BigDecimal fullTimeEquivalents,
        BigDecimal vacancies,
        int under30,
        int from30To49,
        int from50To59,
        int over60,
        BigDecimal turnoverPercent) {

    public Staffing {
        profession = profession.strip();
    }

    @JsonProperty("headCount")
    public int headCount() {
        return under30 + from30To49 + from50To59 + over60;
    }
}
