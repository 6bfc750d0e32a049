package no.lokta.knowledge.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.knowledge.agreement.AgreementManagement;
import no.lokta.knowledge.forum.ForumManagement;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog's documents: the mandate of Helsedialogforum (two versions, for the members), a
 * template for sub-agreements linked to an agreement (for the coordinators) and a public annual
 * report. The texts are invented and short.
 */
@Component
@Order(115)
class HelsedialogDocumentsDemoData implements DemoData {

    static final String MANDATE = "Mandat for Helsedialogforum";
    static final String TEMPLATE = "Mal for delavtaler";
    static final String REPORT = "Årsrapport for Helsedialog 2025";
    private static final String UPLOADER = "Hilde Dalen";

    private final MemberManagement members;
    private final DocumentManagement documents;
    private final ForumManagement fora;
    private final AgreementManagement agreements;

    HelsedialogDocumentsDemoData(
            MemberManagement members,
            DocumentManagement documents,
            ForumManagement fora,
            AgreementManagement agreements) {
        this.members = members;
        this.documents = documents;
        this.fora = fora;
        this.agreements = agreements;
    }

    @Override
    public List<String> load() {
        UUID c = members.collaborationNamed("Helsedialog").map(x -> x.id()).orElse(null);
        if (c == null) {
            return List.of();
        }
        Set<LinkTarget> forum = new HashSet<>();
        fora.fora(c).stream()
                .filter(f -> f.name().equals("Helsedialogforum"))
                .forEach(f -> forum.add(new LinkTarget(LinkKind.FORUM, f.id())));
        Set<LinkTarget> agreement = new HashSet<>();
        agreements.agreements(c).stream()
                .limit(1)
                .forEach(a -> agreement.add(new LinkTarget(LinkKind.AGREEMENT, a.id())));

        DocumentSummary mandate = documents.create(
                c,
                new DocumentCommand(
                        MANDATE,
                        "Forumets formål, sammensetning og arbeidsform, vedtatt av partene i Helsedialog.",
                        Visibility.MEMBERS,
                        forum),
                new Upload(
                        "mandat-helsedialogforum.pdf",
                        pdf(
                                MANDATE,
                                "Helsedialogforum er arena for dialog om samhandling mellom kommunene og"
                                        + " helseforetakene. Forumet møtes fire ganger i året."),
                        "Første versjon"),
                UPLOADER);
        documents.addVersion(
                c,
                mandate.id(),
                new Upload(
                        "mandat-helsedialogforum-2025.pdf",
                        pdf(
                                MANDATE,
                                "Helsedialogforum er arena for dialog om samhandling mellom kommunene og"
                                        + " helseforetakene. Forumet har 17 plasser og møtes fire ganger i året."),
                        "Ny sammensetning med fire plasser for arbeidstakerorganisasjonene"),
                UPLOADER);
        documents.create(
                c,
                new DocumentCommand(
                        TEMPLATE,
                        "Utgangspunkt for nye delavtaler etter helse- og omsorgstjenesteloven § 6-2.",
                        Visibility.COORDINATORS,
                        agreement),
                new Upload(
                        "mal-delavtale.txt",
                        ("Mal for delavtale\n\n1. Parter\n2. Formål\n3. Ansvar og oppgaver\n4. Avvik\n"
                                        + "5. Revisjon\n")
                                .getBytes(StandardCharsets.UTF_8),
                        ""),
                UPLOADER);
        documents.create(
                c,
                new DocumentCommand(
                        REPORT,
                        "Hva samarbeidet gjorde i 2025: møter, avtaler og erfaringer.",
                        Visibility.PUBLIC,
                        Set.of()),
                new Upload(
                        "arsrapport-helsedialog-2025.pdf",
                        pdf(
                                REPORT,
                                "Helsedialog samlet kommunene og Sørlandet sykehus i fire forummøter og"
                                        + " reviderte to samarbeidsavtaler."),
                        ""),
                UPLOADER);
        Set<LinkTarget> meeting = new HashSet<>();
        fora.fora(c).stream()
                .filter(f -> f.name().equals("Helsedialogforum"))
                .flatMap(f -> fora.meetings(c, f.id()).stream())
                .filter(m -> m.title().equals("Møte i Helsedialogforum"))
                .forEach(m -> meeting.add(new LinkTarget(LinkKind.MEETING, m.id())));
        documents.create(
                c,
                new DocumentCommand(
                        "Saksdokumenter til møtet i Helsedialogforum",
                        "Saksframlegg til sakene på møtets agenda.",
                        Visibility.MEMBERS,
                        meeting),
                new Upload(
                        "saksdokumenter-helsedialogforum.pdf",
                        pdf(
                                "Saksdokumenter",
                                "Sak 1: Praksiskonsulentordningen. Sak 2: Avtaler mellom kommunene og"
                                        + " helseforetakene. Sak 3: Dialogkonferansen om ambulante team."),
                        ""),
                UPLOADER);
        return List.of();
    }

    /** A one-page PDF with a heading and a paragraph. */
    private static byte[] pdf(String title, String text) {
        String html = "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + text
                + "</p></body></html>";
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
