package no.lokta.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only pages that fail on purpose, to check what a person sees then. */
@Controller
class BrokenPageController {

    @GetMapping("/test-only/broken")
    String broken() {
        throw new IllegalStateException("secret internal detail");
    }

    @GetMapping("/test-only/conflict")
    String conflict() {
        throw new Conflict("error.409.changed");
    }
}
