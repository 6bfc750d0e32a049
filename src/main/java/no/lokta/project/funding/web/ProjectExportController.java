package no.lokta.project.funding.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.project.funding.FundingManagement;
import no.lokta.project.funding.Portfolio;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's downloads of all projects and their money: a workbook with projects, funding
 * lines, applications and reporting duties, and the funding lines as CSV.
 */
@Controller
class ProjectExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FundingManagement funding;
    private final Tenancy tenancy;
    private final ProjectExportFiles files;

    ProjectExportController(FundingManagement funding, Tenancy tenancy, ProjectExportFiles files) {
        this.funding = funding;
        this.tenancy = tenancy;
        this.files = files;
    }

    @GetMapping("/projects/export.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        ProjectExportFiles.Export export =
                export(tenancy.require(Role.COORDINATOR).collaborationId());
        return download(files.csv(export, locale), CSV, files.baseName(locale) + ".csv");
    }

    @GetMapping("/projects/export.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        ProjectExportFiles.Export export =
                export(tenancy.require(Role.COORDINATOR).collaborationId());
        return download(files.xlsx(export, locale), XLSX, files.baseName(locale) + ".xlsx");
    }

    private ProjectExportFiles.Export export(UUID collaborationId) {
        Portfolio portfolio = funding.portfolio(collaborationId);
        List<ProjectExportFiles.Line> lines = new ArrayList<>();
        for (Portfolio.Entry e : portfolio.projects()) {
            funding.lines(collaborationId, e.project().id())
                    .forEach(l ->
                            lines.add(new ProjectExportFiles.Line(e.project().name(), l)));
        }
        return new ProjectExportFiles.Export(
                portfolio,
                lines,
                funding.applications(collaborationId),
                funding.duties(collaborationId),
                funding.today());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
