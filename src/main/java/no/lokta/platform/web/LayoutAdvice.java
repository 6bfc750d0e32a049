package no.lokta.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the person, their collaborations and the current one. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Tenancy tenancy;

    LayoutAdvice(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    @ModelAttribute("currentUser")
    @Nullable
    LoktaUser currentUser() {
        return tenancy.user().orElse(null);
    }

    @ModelAttribute("currentCollaboration")
    @Nullable
    CollaborationAccess currentCollaboration() {
        return tenancy.current().orElse(null);
    }

    @ModelAttribute("myCollaborations")
    List<CollaborationAccess> myCollaborations() {
        return tenancy.user().map(LoktaUser::access).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
