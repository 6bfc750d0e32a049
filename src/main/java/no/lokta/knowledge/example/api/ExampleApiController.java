package no.lokta.knowledge.example.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.example.Evidence;
import no.lokta.knowledge.example.ExampleFilter;
import no.lokta.knowledge.example.ExampleManagement;
import no.lokta.knowledge.example.ExamplePage;
import no.lokta.knowledge.example.ExampleSummary;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published good examples as JSON, in the collaboration named by {@code collaboration} (else the
 * caller's current one), for anyone with a role there: the search, and one example. Drafts and
 * another collaboration's examples are not found.
 */
@RestController
@RequestMapping(path = "/api/v1/examples", produces = "application/json")
@Tag(name = "Good examples", description = "Published good examples of collaboration (gode eksempler)")
@SecurityRequirement(name = "bearer")
class ExampleApiController {

    /** An organisation involved in an example. */
    record ExampleParty(UUID id, String name) {}

    /** A category of examples. */
    record ExampleCategory(UUID id, String name) {}

    /** A network an example belongs to. */
    record ExampleNetwork(UUID id, String name) {}

    /** A published example with all it tells. */
    record ExampleItem(
            UUID id,
            String title,
            String summary,
            ExampleCategory category,
            String targetGroup,
            @Nullable ExampleNetwork network,
            List<ExampleParty> organisations,
            String contactName,
            String contactEmail,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            String results,
            Evidence evidence,
            @Nullable LocalDateTime publishedAt) {

        static ExampleItem of(ExampleSummary e) {
            UUID networkId = e.networkId();
            String networkName = e.networkName();
            return new ExampleItem(
                    e.id(),
                    e.title(),
                    e.summary(),
                    new ExampleCategory(e.categoryId(), e.categoryName()),
                    e.targetGroup(),
                    networkId == null ? null : new ExampleNetwork(networkId, networkName == null ? "" : networkName),
                    e.organisations().stream()
                            .map(o -> new ExampleParty(o.id(), o.name()))
                            .toList(),
                    e.contactName(),
                    e.contactEmail(),
                    e.periodFrom(),
                    e.periodTo(),
                    e.results(),
                    e.evidence(),
                    e.publishedAt());
        }
    }

    /** An example found, with its search rank (0 without words). */
    record ExampleHitItem(double rank, ExampleItem example) {}

    /** One page of the search, best first. */
    record ExampleSearch(int total, int page, int pages, List<ExampleHitItem> examples) {}

    /** An example with those most like it. */
    record ExampleDetails(ExampleItem example, List<ExampleItem> related) {}

    private final ExampleManagement examples;
    private final Tenancy tenancy;

    ExampleApiController(ExampleManagement examples, Tenancy tenancy) {
        this.examples = examples;
        this.tenancy = tenancy;
    }

    private UUID collaborationId(@Nullable UUID collaboration) {
        CollaborationAccess access = collaboration == null ? tenancy.require() : tenancy.require(collaboration);
        return access.collaborationId();
    }

    @GetMapping
    @Operation(
            summary = "Published good examples, searched in Norwegian (q: words, \"phrases\", or, -not) and"
                    + " filtered by category, evidence, network and organisation; ranked best first with words")
    ExampleSearch list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration,
            @Parameter(description = "words to search for in Norwegian") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "category id") @RequestParam(required = false) @Nullable UUID category,
            @Parameter(description = "how well the results are known") @RequestParam(required = false) @Nullable
                    Evidence evidence,
            @Parameter(description = "network id") @RequestParam(required = false) @Nullable UUID network,
            @Parameter(description = "id of an organisation involved") @RequestParam(required = false) @Nullable
                    UUID organisation,
            @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "examples per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        UUID c = collaborationId(collaboration);
        ExamplePage result = examples.search(
                new ExampleFilter(c, category, evidence, network, organisation, q == null ? "" : q, page, size));
        return new ExampleSearch(
                result.total(),
                result.page(),
                result.pages(),
                result.hits().stream()
                        .map(h -> new ExampleHitItem(h.rank(), ExampleItem.of(h.example())))
                        .toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published example, with up to five related examples, most similar first")
    ExampleDetails show(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        UUID c = collaborationId(collaboration);
        ExampleSummary example = examples.published(c, id);
        return new ExampleDetails(
                ExampleItem.of(example),
                examples.related(id).stream().map(ExampleItem::of).toList());
    }
}
