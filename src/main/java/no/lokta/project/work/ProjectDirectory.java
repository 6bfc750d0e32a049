package no.lokta.project.work;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The names of a collaboration's projects, for other modules that link to a project. */
@NamedInterface("directory")
public interface ProjectDirectory {

    /** A project by id and name. */
    record ProjectRef(UUID id, String name) {}

    /** The collaboration's projects, by name. */
    List<ProjectRef> projects(UUID collaborationId);
}
