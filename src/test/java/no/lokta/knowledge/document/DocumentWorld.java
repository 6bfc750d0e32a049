package no.lokta.knowledge.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.TestWorld;
import no.lokta.knowledge.forum.ForumCommand;
import no.lokta.knowledge.forum.ForumKind;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.network.NetworkCommand;
import no.lokta.network.NetworkManagement;
import no.lokta.network.NetworkStatus;
import no.lokta.project.work.ProjectCommand;
import no.lokta.project.work.ProjectManagement;
import no.lokta.project.work.ProjectPhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A fresh collaboration with a network, a forum and a project to link documents to. */
@Component
class DocumentWorld {

    record Setting(TestWorld.World world, UUID network, UUID forum, UUID project) {

        UUID id() {
            return world.id();
        }
    }

    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);

    private final TestWorld worlds;
    private final NetworkManagement networks;
    private final ForumManagement fora;
    private final ProjectManagement projects;
    private final JdbcClient jdbc;

    DocumentWorld(
            TestWorld worlds,
            NetworkManagement networks,
            ForumManagement fora,
            ProjectManagement projects,
            JdbcClient jdbc) {
        this.worlds = worlds;
        this.networks = networks;
        this.fora = fora;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    Setting create() {
        TestWorld.World w = worlds.create();
        UUID network = networks.createNetwork(
                        w.id(), new NetworkCommand("Palliasjon", "", "", NetworkStatus.ACTIVE, List.of()))
                .id();
        UUID forum = fora.create(w.id(), new ForumCommand("Styringsgruppen", ForumKind.STEERING_GROUP, ""))
                .id();
        UUID project = projects.create(
                        w.id(),
                        new ProjectCommand(
                                "Velferdsteknologi",
                                "",
                                null,
                                Set.of(),
                                "",
                                "",
                                ProjectPhase.IDEA,
                                LocalDate.of(2026, 1, 1),
                                null,
                                null))
                .id();
        return new Setting(w, network, forum, project);
    }

    /** Document, version and link rows of the collaboration, added up. */
    int rows(UUID collaborationId) {
        return jdbc.sql("""
                        select (select count(*) from knowledge.document where collaboration_id = :c)
                          + (select count(*) from knowledge.document_version where collaboration_id = :c)
                          + (select count(*) from knowledge.document_link where collaboration_id = :c)""").param("c", collaborationId).query(Integer.class).single();
    }

    static Upload pdf(String name) {
        return new Upload(name, PDF, "");
    }
}
