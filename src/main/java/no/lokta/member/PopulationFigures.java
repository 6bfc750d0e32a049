package no.lokta.member;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Population per organisation and year (1 January), kept per collaboration. */
@Component
class PopulationFigures {

    enum Source {
        SSB,
        IMPORT,
        MANUAL
    }

    private final JdbcClient jdbc;

    PopulationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    Integer get(UUID organisationId, int year) {
        return jdbc.sql("select population from member.population_figure where organisation_id = ? and year = ?")
                .params(organisationId, year)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    Map<UUID, Integer> forYear(UUID collaborationId, int year) {
        return jdbc
                .sql("select organisation_id, population from member.population_figure"
                        + " where collaboration_id = ? and year = ?")
                .params(collaborationId, year)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Integer> years(UUID collaborationId) {
        return jdbc.sql("select distinct year from member.population_figure where collaboration_id = ? order by year")
                .param(collaborationId)
                .query(Integer.class)
                .list();
    }

    List<PopulationRow> history(UUID organisationId) {
        return jdbc.sql("""
                        select p.organisation_id, o.name, coalesce(o.municipality_number, '') as municipality_number,
                          p.year, p.population, p.source
                        from member.population_figure p join member.organisation o on o.id = p.organisation_id
                        where p.organisation_id = ? order by p.year desc""").param(organisationId).query(PopulationRow.class).list();
    }

    /** Sets a figure; returns the one it replaced. */
    @Nullable
    Integer put(UUID collaborationId, UUID organisationId, int year, int population, Source source) {
        Integer before = get(organisationId, year);
        jdbc.sql("""
                        insert into member.population_figure (organisation_id, year, collaboration_id, population, source)
                        values (?, ?, ?, ?, ?)
                        on conflict (organisation_id, year)
                        do update set population = excluded.population, source = excluded.source""")
                .params(organisationId, year, collaborationId, population, source.name())
                .update();
        return before;
    }
}
