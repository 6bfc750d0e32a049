package no.lokta.project.funding.web;

import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.FunderReport;
import no.lokta.project.work.ProjectManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's report for a funder, as PDF. */
@Controller
class FunderReportController {

    private final FunderReport report;
    private final ProjectManagement projects;
    private final Tenancy tenancy;

    FunderReportController(FunderReport report, ProjectManagement projects, Tenancy tenancy) {
        this.report = report;
        this.projects = projects;
        this.tenancy = tenancy;
    }

    @GetMapping(path = "/projects/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        String name = projects.project(access.collaborationId(), id).name();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rapport-" + name + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(report.render(access.collaborationId(), access.collaborationName(), id, locale));
    }
}
