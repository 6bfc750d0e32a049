package no.lokta.project.work;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The project directory read straight from the project table. */
@Component
class ProjectDirectoryTable implements ProjectDirectory {

    private final JdbcClient jdbc;

    ProjectDirectoryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProjectRef> projects(UUID collaborationId) {
        return jdbc.sql("select id, name from project.project where collaboration_id = ? order by name, id")
                .param(collaborationId)
                .query(ProjectRef.class)
                .list();
    }
}
