package no.lokta.knowledge.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.document.DocumentFilter;
import no.lokta.knowledge.document.DocumentLink;
import no.lokta.knowledge.document.DocumentManagement;
import no.lokta.knowledge.document.DocumentSummary;
import no.lokta.knowledge.document.LinkKind;
import no.lokta.knowledge.document.VersionSummary;
import no.lokta.knowledge.document.Viewer;
import no.lokta.knowledge.document.Visibility;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents as JSON, in the collaboration named by {@code collaboration} (else the caller's current
 * one): those the caller's role may see (coordinators every one, other roles the public and the
 * members' documents). A document of another collaboration, or one the caller may not see, is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = "application/json")
@Tag(
        name = "Documents",
        description = "Documents with their versions and links to networks, projects, fora and agreements")
@SecurityRequirement(name = "bearer")
class DocumentApiController {

    /** A link to a network, project, forum or agreement of the collaboration. */
    record LinkResponse(LinkKind kind, UUID targetId, String name) {

        static LinkResponse of(DocumentLink l) {
            return new LinkResponse(l.kind(), l.targetId(), l.name());
        }
    }

    /** One version's metadata; the file itself is downloaded from the document's page. */
    record VersionResponse(
            int number,
            String fileName,
            String contentType,
            int sizeBytes,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            String note) {

        static VersionResponse of(VersionSummary v) {
            return new VersionResponse(
                    v.number(), v.fileName(), v.contentType(), v.sizeBytes(), v.uploadedBy(), v.uploadedAt(), v.note());
        }
    }

    /** A document in the list, with its current version. */
    record DocumentItemResponse(
            UUID id, String title, Visibility visibility, List<LinkResponse> links, VersionResponse currentVersion) {

        static DocumentItemResponse of(DocumentSummary d) {
            return new DocumentItemResponse(
                    d.id(),
                    d.title(),
                    d.visibility(),
                    d.links().stream().map(LinkResponse::of).toList(),
                    VersionResponse.of(d.current()));
        }
    }

    /** A document with every version, the newest (the current one) first. */
    record DocumentResponse(
            UUID id,
            String title,
            String description,
            Visibility visibility,
            List<LinkResponse> links,
            int currentVersion,
            List<VersionResponse> versions) {

        static DocumentResponse of(DocumentSummary d) {
            return new DocumentResponse(
                    d.id(),
                    d.title(),
                    d.description(),
                    d.visibility(),
                    d.links().stream().map(LinkResponse::of).toList(),
                    d.current().number(),
                    d.versions().stream().map(VersionResponse::of).toList());
        }
    }

    private final DocumentManagement documents;
    private final Tenancy tenancy;

    DocumentApiController(DocumentManagement documents, Tenancy tenancy) {
        this.documents = documents;
        this.tenancy = tenancy;
    }

    @GetMapping
    @Operation(summary = "The documents the caller may see, by title, with the current version of each")
    List<DocumentItemResponse> list(
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        Set<LinkKind> readable = LinkKind.readableBy(access);
        return documents.documents(access.collaborationId(), Viewer.of(access), DocumentFilter.ALL).stream()
                .map(d -> DocumentItemResponse.of(d.showingOnly(readable)))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document with its links and the metadata of every version")
    DocumentResponse document(
            @PathVariable UUID id,
            @Parameter(description = "collaboration id; the caller's current one if left out")
                    @RequestParam(required = false)
                    @Nullable
                    UUID collaboration) {
        CollaborationAccess access = access(collaboration);
        return DocumentResponse.of(documents
                .document(access.collaborationId(), id, Viewer.of(access))
                .showingOnly(LinkKind.readableBy(access)));
    }

    private CollaborationAccess access(@Nullable UUID collaboration) {
        return collaboration == null ? tenancy.require() : tenancy.require(collaboration);
    }
}
