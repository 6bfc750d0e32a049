package no.lokta.member;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Collaborations extends ListCrudRepository<Collaboration, UUID> {

    boolean existsByName(String name);
}
