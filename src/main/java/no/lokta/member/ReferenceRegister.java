package no.lokta.member;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The municipalities of 2024, 2020 and 2019 with their population on 1 January, shipped with
 * Løkta (Kilde: Statistisk sentralbyrå).
 */
@Component
class ReferenceRegister {

    /** A municipality found in the register: its name, every number it has had, and populations. */
    record Found(String number, String name, String formerNumbers, Map<Integer, Integer> populations) {}

    private final JdbcClient jdbc;

    ReferenceRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferenceMunicipality> municipalities2024() {
        return jdbc.sql("""
                        select municipality_number, name, county_name as county, population_2024 as population,
                          2024 as population_year
                        from member.ref_municipality_2024 order by name""").query(ReferenceMunicipality.class).list();
    }

    List<ReferenceMunicipality> municipalities2019() {
        return jdbc.sql("""
                        select distinct municipality_number, name, county_name as county,
                          population_2019 as population, 2019 as population_year
                        from member.ref_municipality_2019 order by name""").query(ReferenceMunicipality.class).list();
    }

    /**
     * Looks a number up in 2024, then 2020, then 2019. Earlier numbers and populations are followed
     * back only where the municipality kept its name (a renumbering, not a merger).
     */
    Optional<Found> find(String number) {
        Map<Integer, Integer> populations = new TreeMap<>();
        StringBuilder former = new StringBuilder();
        var in2024 = jdbc.sql(
                        "select name, population_2024 from member.ref_municipality_2024 where municipality_number = ?")
                .param(number)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .optional();
        String name;
        List<String> numbers2020;
        if (in2024.isPresent()) {
            name = (String) in2024.get()[0];
            populations.put(2024, (Integer) in2024.get()[1]);
            numbers2020 = jdbc.sql(
                            "select municipality_number from member.ref_municipality_2020 where successor_2024 = ? and name = ?")
                    .params(number, name)
                    .query(String.class)
                    .list();
        } else {
            var in2020 = jdbc.sql("select name from member.ref_municipality_2020 where municipality_number = ?")
                    .param(number)
                    .query(String.class)
                    .optional();
            if (in2020.isEmpty()) {
                return find2019(number);
            }
            name = in2020.get();
            numbers2020 = List.of(number);
        }
        for (String n2020 : numbers2020) {
            if (!n2020.equals(number)) {
                former.append(n2020).append(' ');
            }
            jdbc.sql("select population_2020 from member.ref_municipality_2020 where municipality_number = ?")
                    .param(n2020)
                    .query(Integer.class)
                    .optional()
                    .ifPresent(p -> populations.put(2020, p));
            for (String n2019 : jdbc.sql(
                            "select municipality_number from member.ref_municipality_2019 where successor_2020 = ? and name = ?")
                    .params(n2020, name)
                    .query(String.class)
                    .list()) {
                if (!n2019.equals(number) && former.indexOf(n2019) < 0) {
                    former.append(n2019).append(' ');
                }
                jdbc.sql("select population_2019 from member.ref_municipality_2019 where municipality_number = ?"
                                + " and successor_2020 = ?")
                        .params(n2019, n2020)
                        .query(Integer.class)
                        .optional()
                        .ifPresent(p -> populations.put(2019, p));
            }
        }
        return Optional.of(new Found(number, name, former.toString().strip(), populations));
    }

    private Optional<Found> find2019(String number) {
        return jdbc.sql(
                        "select name, population_2019 from member.ref_municipality_2019 where municipality_number = ? limit 1")
                .param(number)
                .query((rs, n) -> new Found(number, rs.getString(1), "", Map.of(2019, rs.getInt(2))))
                .optional();
    }
}
