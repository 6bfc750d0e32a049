package no.lokta.people.web;

import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' way in to people, the audit log and the outbox. */
@Controller
class AdminController {

    private final Tenancy tenancy;

    AdminController(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping("/admin")
    String show() {
        tenancy.require(Role.COORDINATOR);
        return "people/admin/index";
    }
}
