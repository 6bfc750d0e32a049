package no.lokta.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query of the "fortunes" control page (as in the TechEmpower benchmarks): one small table read
 * whole, one row added in memory, sorted. What a page costs at least in this application.
 */
@Component
@ConditionalOnProperty(name = "lokta.benchmark.enabled", havingValue = "true")
public class Fortunes {

    /** A municipality of the reference register, the control page's row. */
    public record Fortune(String number, String name) {}

    private final JdbcClient jdbc;

    Fortunes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipalities of Troms in 2024, and one added at request time, by name. */
    public List<Fortune> all() {
        List<Fortune> fortunes = new ArrayList<>(jdbc.sql(
                        "select municipality_number, name from member.ref_municipality_2024 where county_number = '55'")
                .query((rs, n) -> new Fortune(rs.getString(1), rs.getString(2)))
                .list());
        fortunes.add(new Fortune("0000", "Løkta <lagt til ved forespørselen>"));
        fortunes.sort(Comparator.comparing(Fortune::name));
        return fortunes;
    }
}
