package no.lokta.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Memberships extends ListCrudRepository<Membership, UUID> {

    List<Membership> findByOrganisationIdOrderByValidFrom(UUID organisationId);

    List<Membership> findByCollaborationIdOrderByValidFrom(UUID collaborationId);

    Optional<Membership> findByIdAndCollaborationId(UUID id, UUID collaborationId);
}
