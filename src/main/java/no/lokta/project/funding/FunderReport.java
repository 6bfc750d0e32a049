package no.lokta.project.funding;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import no.lokta.project.work.ProjectManagement;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A project's report for a funder as PDF: goals and subprojects with their latest lights, the
 * measures tried, the funding plan per year with the matching rule, the grants and the reporting
 * duties. The template {@code project/funding/report} (well-formed XHTML) is rendered by
 * openhtmltopdf.
 */
@Component
public class FunderReport {

    private final ProjectManagement projects;
    private final FundingManagement funding;
    private final ITemplateEngine templates;

    FunderReport(ProjectManagement projects, FundingManagement funding, ITemplateEngine templates) {
        this.projects = projects;
        this.funding = funding;
        this.templates = templates;
    }

    public byte[] render(UUID collaborationId, String collaborationName, UUID projectId, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("collaborationName", collaborationName);
        context.setVariable("project", projects.project(collaborationId, projectId));
        context.setVariable("goals", projects.goals(collaborationId, projectId));
        context.setVariable("subprojects", projects.subprojects(collaborationId, projectId));
        context.setVariable("measures", projects.measures(collaborationId, projectId));
        context.setVariable(
                "latest",
                projects.statusReports(collaborationId, projectId).stream()
                        .findFirst()
                        .orElse(null));
        context.setVariable("plan", funding.plan(collaborationId, projectId));
        context.setVariable("applications", funding.applicationsOf(collaborationId, projectId));
        context.setVariable("duties", funding.dutiesOf(collaborationId, projectId));
        context.setVariable("today", LocalDate.now(ProjectManagement.ZONE));
        String html = templates.process("project/funding/report", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
