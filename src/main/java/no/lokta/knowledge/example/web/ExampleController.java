package no.lokta.knowledge.example.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.example.CategorySummary;
import no.lokta.knowledge.example.Evidence;
import no.lokta.knowledge.example.ExampleFilter;
import no.lokta.knowledge.example.ExampleHit;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.knowledge.example.ExamplePage;
import no.lokta.knowledge.example.ExampleSummary;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public library of good examples, open without sign-in. It shows the examples of the
 * collaboration asked for, else of the one the signed-in person works in, else of all of them
 * with each one's collaboration named. A draft is shown to its collaboration's coordinators only;
 * to everyone else it is not found.
 */
@Controller
@RequestMapping("/knowledge/examples")
class ExampleController {

    static final int PAGE_SIZE = 20;

    private final ExampleManagement examples;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final Tenancy tenancy;

    ExampleController(
            ExampleManagement examples, MemberManagement members, NetworkManagement networks, Tenancy tenancy) {
        this.examples = examples;
        this.members = members;
        this.networks = networks;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String collaboration,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        UUID asked = uuid(collaboration);
        UUID collaborationId = asked != null
                ? members.collaboration(asked).id()
                : tenancy.current().map(CollaborationAccess::collaborationId).orElse(null);
        // the filters of one collaboration: an id from elsewhere narrows nothing
        List<CategorySummary> categories = collaborationId == null ? List.of() : examples.categories(collaborationId);
        Map<UUID, String> networkNames = collaborationId == null ? Map.of() : networks.networkNames(collaborationId);
        List<OrganisationSummary> organisations =
                collaborationId == null ? List.of() : members.organisations(collaborationId);
        UUID categoryId = pick(
                uuid(category), categories.stream().map(CategorySummary::id).toList());
        UUID networkId = pick(uuid(network), List.copyOf(networkNames.keySet()));
        UUID organisationId = pick(
                uuid(organisation),
                organisations.stream().map(OrganisationSummary::id).toList());
        Evidence evidenceValue = evidence(evidence);
        String words = q == null ? "" : q.strip();
        ExamplePage result = examples.search(new ExampleFilter(
                collaborationId, categoryId, evidenceValue, networkId, organisationId, words, number(page), PAGE_SIZE));
        Set<UUID> shown = examples.collaborationsWithExamples();
        if (collaborationId != null) {
            shown.add(collaborationId);
        }
        Map<UUID, String> collaborationNames = new LinkedHashMap<>();
        members.collaborations(shown).forEach(c -> collaborationNames.put(c.id(), c.name()));
        Map<UUID, String> headlines = new LinkedHashMap<>();
        for (ExampleHit hit : result.hits()) {
            String headline = hit.headline();
            if (headline != null && headline.contains(ExampleHit.MARK_START)) {
                headlines.put(hit.example().id(), Highlight.html(headline));
            }
        }
        model.addAttribute("result", result);
        model.addAttribute("headlines", headlines);
        model.addAttribute("collaboration", collaborationId == null ? "" : collaborationId.toString());
        model.addAttribute("collaborationNames", collaborationNames);
        model.addAttribute("allCollaborations", collaborationId == null);
        model.addAttribute("categories", categories);
        model.addAttribute("networks", networkNames);
        model.addAttribute("organisations", organisations);
        model.addAttribute("evidences", Evidence.values());
        model.addAttribute("q", words);
        model.addAttribute("category", categoryId == null ? "" : categoryId.toString());
        model.addAttribute("evidence", evidenceValue == null ? "" : evidenceValue.name());
        model.addAttribute("network", networkId == null ? "" : networkId.toString());
        model.addAttribute("organisation", organisationId == null ? "" : organisationId.toString());
        model.addAttribute("coordinator", isCoordinatorOf(collaborationId));
        return "knowledge/example/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UUID collaborationId = examples.collaborationOf(id);
        boolean coordinator = isCoordinatorOf(collaborationId);
        ExampleSummary example = coordinator ? examples.example(collaborationId, id) : examples.published(id);
        CollaborationSummary collaboration = members.collaboration(collaborationId);
        model.addAttribute("example", example);
        model.addAttribute("collaborationName", collaboration.name());
        model.addAttribute("related", examples.related(id));
        model.addAttribute("coordinator", coordinator);
        return "knowledge/example/show";
    }

    /** Whether the signed-in person coordinates that collaboration. */
    private boolean isCoordinatorOf(@Nullable UUID collaborationId) {
        return collaborationId != null
                && tenancy.user()
                        .flatMap(u -> u.accessTo(collaborationId))
                        .map(a -> a.has(Role.COORDINATOR))
                        .orElse(false);
    }

    private static @Nullable UUID pick(@Nullable UUID asked, List<UUID> allowed) {
        return asked != null && allowed.contains(asked) ? asked : null;
    }

    static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Evidence evidence(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Evidence.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String page) {
        try {
            return Math.clamp(Integer.parseInt(page.strip()), 0, 10_000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
