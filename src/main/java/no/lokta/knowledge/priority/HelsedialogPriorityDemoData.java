package no.lokta.knowledge.priority;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.knowledge.example.CategorySummary;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's five priority areas (DOMAIN.md, seeds/004), in the source's order, each linked to
 * the kinds of good example that show it. The areas are the source's; the goals are written to
 * fit them, since the source names the areas without their goals.
 */
@Component
@Order(120)
class HelsedialogPriorityDemoData implements DemoData {

    private final MemberManagement members;
    private final ExampleManagement examples;
    private final PriorityManagement priorities;

    HelsedialogPriorityDemoData(MemberManagement members, ExampleManagement examples, PriorityManagement priorities) {
        this.members = members;
        this.examples = examples;
        this.priorities = priorities;
    }

    @Override
    public List<String> load() {
        UUID c = members.collaborationNamed("Helsedialog").map(x -> x.id()).orElse(null);
        if (c == null || !priorities.areas(c).isEmpty()) {
            return List.of();
        }
        Map<String, UUID> kinds = examples.ensureCategories(c).stream()
                .collect(Collectors.toMap(CategorySummary::name, CategorySummary::id));
        area(
                c,
                kinds,
                "Lærings- og mestringssentre",
                "Pasienter og pårørende i alle kommunene har tilbud om opplæring og mestring i samarbeid med et"
                        + " lærings- og mestringssenter.",
                "Lærings- og mestringssentre");
        area(
                c,
                kinds,
                "Samhandlingskultur og -kompetanse",
                "Ledere og fagfolk i kommuner og helseforetak kjenner hverandres tjenester og møtes jevnlig.",
                "Kompetanseutveksling",
                "Individuelt tilrettelagte tjenester");
        area(
                c,
                kinds,
                "Ambulante team",
                "Ambulante team fra helseforetakene gir veiledning og oppfølging i kommunene, nær pasienten.",
                "Ambulante team",
                "Samdrift av tjenester");
        area(
                c,
                kinds,
                "Samhandling om IKT og helsenett",
                "Kommunene og helseforetakene utveksler epikriser, henvisninger og meldinger elektronisk over"
                        + " helsenettet.",
                "Elektronisk samhandling");
        area(
                c,
                kinds,
                "Avtaler mellom kommuner og helseforetak",
                "Hver kommune har avtaler med sitt helseforetak om ansvar, rutiner og samarbeid, og de revideres"
                        + " i tide.",
                "Avtaler mellom helseforetak og kommuner",
                "Felles rutiner og prosedyrer");
        return List.of();
    }

    private void area(UUID c, Map<String, UUID> kinds, String name, String goal, String... categories) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String kind : categories) {
            UUID id = kinds.get(kind);
            if (id != null) {
                ids.add(id);
            }
        }
        priorities.create(c, new PriorityAreaCommand(name, goal, "", null, ids));
    }
}
