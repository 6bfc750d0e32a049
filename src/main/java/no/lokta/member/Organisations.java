package no.lokta.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {

    List<Organisation> findByCollaborationIdOrderByName(UUID collaborationId);

    Optional<Organisation> findByIdAndCollaborationId(UUID id, UUID collaborationId);

    /** Locks the organisation, so that its memberships are checked and changed one writer at a time. */
    @Query("select * from member.organisation where id = :id and collaboration_id = :collaborationId for update")
    Optional<Organisation> lockInCollaboration(UUID id, UUID collaborationId);
}
