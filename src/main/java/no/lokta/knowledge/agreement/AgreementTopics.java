package no.lokta.knowledge.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics of § 6-2, shipped as reference data by the migration. */
@Repository
class AgreementTopics {

    private final JdbcClient jdbc;

    AgreementTopics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementTopic> all() {
        return jdbc.sql("select point, name_nb, name_en, in_force_from from knowledge.agreement_topic order by point")
                .query(AgreementTopic.class)
                .list();
    }

    Optional<AgreementTopic> find(int point) {
        return jdbc.sql("select point, name_nb, name_en, in_force_from from knowledge.agreement_topic where point = ?")
                .param(point)
                .query(AgreementTopic.class)
                .optional();
    }
}
