package no.lokta.people.api;

import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller of the API is: a first call to check that a token works. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    /** The caller and the collaborations they may work in, with their roles there. */
    record Me(UUID id, String name, String email, List<Membership> collaborations) {}

    record Membership(UUID id, String name, List<Role> roles) {}

    private final Tenancy tenancy;

    MeController(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping("/me")
    Me show() {
        LoktaUser user = tenancy.requireUser();
        return new Me(
                user.accountId(),
                user.displayName(),
                user.email(),
                user.access().stream()
                        .map(a -> new Membership(
                                a.collaborationId(),
                                a.collaborationName(),
                                a.roles().stream().sorted().toList()))
                        .toList());
    }
}
