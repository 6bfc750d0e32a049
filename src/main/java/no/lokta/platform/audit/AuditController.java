package no.lokta.platform.audit;

import jakarta.validation.Valid;
import java.util.List;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The current collaboration's audit log for its coordinators: who changed what, and when. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditEntries entries;
    private final Tenancy tenancy;

    AuditController(AuditEntries entries, Tenancy tenancy) {
        this.entries = entries;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.rejectValue("to", "audit.filter.toBeforeFrom");
        }
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", entries.entityTypes(access.collaborationId()));
        if (errors.hasErrors()) {
            model.addAttribute("result", new AuditEntries.Page(List.of(), 1, 0));
            return "platform/audit";
        }
        AuditEntries.Page page = entries.find(access.collaborationId(), filter.criteria(), filter.pageOrFirst());
        model.addAttribute("result", page);
        model.addAttribute("previousUrl", page.hasPrevious() ? link(filter, page.number() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? link(filter, page.number() + 1) : null);
        return "platform/audit";
    }

    /** The same filter on another page; only the criteria in use go into the address. */
    private static String link(AuditFilter f, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
        param(uri, "action", f.action() == null ? null : f.action().name());
        param(uri, "entityType", f.entityType());
        param(uri, "person", f.person());
        param(uri, "from", f.from() == null ? null : f.from().toString());
        param(uri, "to", f.to() == null ? null : f.to().toString());
        uri.queryParam("page", page);
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
