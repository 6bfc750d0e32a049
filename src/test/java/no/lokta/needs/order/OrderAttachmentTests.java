package no.lokta.needs.order;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.LoktaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Files on an order: the coordinator and the provider's partners attach, list, download and delete
 * them; a file of the wrong type, empty, too large or with too long a name is refused with a
 * message and stores nothing; everyone else finds nothing or is refused.
 */
@LoktaTest
class OrderAttachmentTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00};
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Providers providers;

    @Autowired
    OrderManagement orders;

    @Autowired
    JdbcClient jdbc;

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private MvcTestResult upload(LoktaUser user, UUID orderId, MockMultipartFile file) {
        return upload(user, orderId, file, "");
    }

    private MvcTestResult upload(LoktaUser user, UUID orderId, MockMultipartFile file, String query) {
        return mvc.post()
                .multipart()
                .uri("/needs/orders/" + orderId + "/attachments" + query)
                .file(file)
                .with(as(user))
                .with(csrf())
                .exchange();
    }

    private List<AttachmentSummary> stored(UUID collaborationId, UUID orderId) {
        return orders.attachments(collaborationId, null, orderId);
    }

    private int rows(UUID orderId) {
        return jdbc.sql("select count(*) from needs.order_attachment where order_id = ?")
                .param(orderId)
                .query(Integer.class)
                .single();
    }

    private int auditRows(UUID collaborationId, String action) {
        return jdbc.sql("""
                        select count(*) from platform.audit_log
                        where collaboration_id = ? and entity_type = 'orderAttachment' and action = ?""")
                .params(collaborationId, action)
                .query(Integer.class)
                .single();
    }

    @Test
    void theCoordinatorAndTheProviderAttachListDownloadAndDelete() {
        var s = providers.create();
        var coordinator = s.world().coordinator();
        OrderSummary order = providers.sent(s, "Kurs i sårbehandling");
        String page = "/needs/orders/" + order.id();
        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Vedlegg", "Bestillingen har ingen vedlegg ennå.", "enctype=\"multipart/form-data\"");

        byte[] plan = Arrays.copyOf(PDF, 2048);
        assertThat(upload(coordinator, order.id(), file("kursplan.pdf", plan)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page)
                .flash()
                .containsEntry("attached", "kursplan.pdf");
        // a browser may send the whole path; only the name is kept
        byte[] offer = Arrays.copyOf(PDF, 1536 * 1024);
        assertThat(upload(s.collegePartner(), order.id(), file("C:\\Users\\una\\Tilbud – høst.pdf", offer)))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("attached", "Tilbud – høst.pdf");
        assertThat(upload(
                        s.collegePartner(),
                        order.id(),
                        file("notater.txt", "Åpent kurs\n".getBytes(StandardCharsets.UTF_8))))
                .hasStatus3xxRedirection();
        for (var f : List.of(
                file("budsjett.xlsx", ZIP),
                file("avtale.docx", ZIP),
                file("plan.odt", ZIP),
                file("tall.ods", ZIP),
                file("kart.png", PNG),
                file("bilde.JPG", JPEG))) {
            assertThat(upload(coordinator, order.id(), f)).hasStatus3xxRedirection();
        }
        List<AttachmentSummary> attached = stored(s.id(), order.id());
        assertThat(attached).hasSize(9);
        assertThat(attached)
                .extracting(AttachmentSummary::contentType)
                .contains("application/pdf", "image/png", "image/jpeg", "text/plain;charset=UTF-8");
        AttachmentSummary coordinators = attached.stream()
                .filter(a -> a.fileName().equals("kursplan.pdf"))
                .findFirst()
                .orElseThrow();
        AttachmentSummary partners = attached.stream()
                .filter(a -> a.fileName().equals("Tilbud – høst.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(partners.uploadedBy()).isEqualTo(s.collegePartner().accountId());
        assertThat(partners.sizeBytes()).isEqualTo(offer.length);
        assertThat(auditRows(s.id(), "CREATE")).isEqualTo(9);

        // both see the list: name, size, who and when
        for (var user : List.of(coordinator, s.collegePartner())) {
            assertThat(mvc.get().uri(page).with(as(user)))
                    .hasStatusOk()
                    .bodyText()
                    .contains(
                            "kursplan.pdf",
                            "2 kB",
                            "Tilbud – høst.pdf",
                            "1,5 MB",
                            "Una Tromsø",
                            "Testperson COORDINATOR",
                            page + "/attachments/" + coordinators.id(),
                            page + "/attachments/" + partners.id() + "/delete",
                            "Slett Tilbud – høst.pdf");
        }
        assertThat(mvc.get().uri(page + "?lang=en").with(as(coordinator)))
                .bodyText()
                .contains("Attachments", "1.5 MB", "Uploaded by");

        // the coordinator downloads the partner's offer, and the partner the coordinator's plan
        var download = mvc.get()
                .uri(page + "/attachments/" + partners.id())
                .with(as(coordinator))
                .exchange();
        assertThat(download)
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader(
                        "Content-Disposition",
                        "attachment; filename=\"Tilbud _ h_st.pdf\"; filename*=UTF-8''Tilbud%20%E2%80%93%20h%C3%B8st.pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(offer);
        assertThat(download.getResponse().getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(mvc.get().uri(page + "/attachments/" + coordinators.id()).with(as(s.collegePartner())))
                .hasStatusOk()
                .body()
                .isEqualTo(plan);
        AttachmentSummary text = attached.stream()
                .filter(a -> a.fileName().equals("notater.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.get().uri(page + "/attachments/" + text.id()).with(as(s.collegePartner())))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/plain")
                .hasHeader("Content-Disposition", "attachment; filename=\"notater.txt\"; filename*=UTF-8''notater.txt");

        // either may delete; the partner deletes the coordinator's plan
        assertThat(mvc.post()
                        .uri(page + "/attachments/" + coordinators.id() + "/delete")
                        .with(as(s.collegePartner()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("detached", "kursplan.pdf");
        assertThat(mvc.post()
                        .uri(page + "/attachments/" + text.id() + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(rows(order.id())).isEqualTo(7);
        assertThat(auditRows(s.id(), "DELETE")).isEqualTo(2);
        assertThat(mvc.get().uri(page + "/attachments/" + coordinators.id()).with(as(coordinator)))
                .hasStatus(404);
        // deleted once: a second click finds nothing
        assertThat(mvc.post()
                        .uri(page + "/attachments/" + coordinators.id() + "/delete")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus(404);
        // without the CSRF token nothing is deleted
        assertThat(mvc.post()
                        .uri(page + "/attachments/" + partners.id() + "/delete")
                        .with(as(coordinator)))
                .hasStatus(403);
        assertThat(rows(order.id())).isEqualTo(7);
    }

    @Test
    void aBadFileGetsAFieldMessageAndNothingIsStored() {
        var s = providers.create();
        var coordinator = s.world().coordinator();
        OrderSummary order = providers.sent(s, "Kurs");
        byte[] justTooLarge = Arrays.copyOf(PDF, OrderManagement.MAX_ATTACHMENT_BYTES + 1);
        String longName = "a".repeat(197) + ".pdf";
        record Case(MockMultipartFile file, String message) {}
        List<Case> cases = List.of(
                new Case(
                        file("program.exe", "MZ".getBytes(StandardCharsets.US_ASCII)),
                        "Denne filtypen kan ikke lastes opp"),
                new Case(file("uten-endelse", PDF), "Denne filtypen kan ikke lastes opp"),
                new Case(
                        file("side.html", "<script>".getBytes(StandardCharsets.US_ASCII)),
                        "Denne filtypen kan ikke lastes opp"),
                new Case(
                        file("tilbud.pdf", "Dette er bare tekst".getBytes(StandardCharsets.UTF_8)),
                        "Innholdet i filen passer ikke til filtypen"),
                new Case(file("avtale.docx", PDF), "Innholdet i filen passer ikke til filtypen"),
                new Case(file("bilde.png", JPEG), "Innholdet i filen passer ikke til filtypen"),
                new Case(file("bilde.jpeg", PNG), "Innholdet i filen passer ikke til filtypen"),
                new Case(
                        file("kort.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)),
                        "Innholdet i filen passer ikke til filtypen"),
                new Case(
                        file("latin1.txt", "bl\u00e5".getBytes(StandardCharsets.ISO_8859_1)),
                        "Innholdet i filen passer ikke til filtypen"),
                new Case(file("nul.txt", new byte[] {'a', 0, 'b'}), "Innholdet i filen passer ikke til filtypen"),
                new Case(file("tom.pdf", new byte[0]), "Filen er tom"),
                new Case(file("", new byte[0]), "Velg en fil å laste opp"),
                new Case(file("C:\\mappe\\", PDF), "Velg en fil å laste opp"),
                new Case(file(longName, PDF), "Filnavnet er for langt. Det kan ha høyst 200 tegn."),
                new Case(file("stor.pdf", justTooLarge), "Filen er for stor. Den kan være høyst 5 MB."));
        for (Case c : cases) {
            for (var user : List.of(coordinator, s.collegePartner())) {
                assertThat(upload(user, order.id(), c.file()))
                        .as(c.file().getOriginalFilename())
                        .hasStatusOk()
                        .bodyText()
                        .contains(
                                c.message(), "Rett opp dette før du går videre", "aria-invalid=\"true\"", "file-error");
            }
        }
        // 200 characters is the most a name may have
        assertThat(upload(coordinator, order.id(), file("a".repeat(196) + ".pdf", PDF)))
                .hasStatus3xxRedirection();
        assertThat(rows(order.id())).isEqualTo(1);
        assertThat(upload(
                        coordinator,
                        order.id(),
                        file("tilbud.pdf", "tekst".getBytes(StandardCharsets.UTF_8)),
                        "?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("The content of the file does not match the file type in its name.");
        // no file part at all
        assertThat(mvc.post()
                        .multipart()
                        .uri("/needs/orders/" + order.id() + "/attachments")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en fil å laste opp");
        assertThat(rows(order.id())).isEqualTo(1);
        assertThat(auditRows(s.id(), "CREATE")).isEqualTo(1);
    }

    @Test
    void theNameIsStrippedOfFoldersAndHiddenCharacters() {
        assertThat(Uploads.cleanName("C:\\fakepath\\tilbud.pdf")).isEqualTo("tilbud.pdf");
        assertThat(Uploads.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(Uploads.cleanName("..\\..\\x.pdf")).isEqualTo("x.pdf");
        assertThat(Uploads.cleanName("...skjult.pdf")).isEqualTo("skjult.pdf");
        assertThat(Uploads.cleanName("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe");
        assertThat(Uploads.cleanName("a\r\nb\u0000c.pdf")).isEqualTo("a bc.pdf");
        assertThat(Uploads.cleanName("a:b*c?\"d\".pdf")).isEqualTo("a_b_c__d_.pdf");
        assertThat(Uploads.cleanName("  navn\tmed\u00a0 mellomrom.pdf ")).isEqualTo("navn med mellomrom.pdf");
        // decomposed å (a + ring) is kept as one character
        assertThat(Uploads.cleanName("pa\u030Ameldte.pdf")).isEqualTo("påmeldte.pdf");
        assertThat(Uploads.cleanName("..")).isEmpty();
    }

    @Test
    void othersFindNothingOrAreRefused() {
        var s = providers.create();
        var other = providers.create();
        var coordinator = s.world().coordinator();
        OrderSummary order = providers.sent(s, "Kurs");
        OrderSummary second = providers.sent(s, "Et annet kurs");
        OrderSummary draft =
                orders.create(s.id(), providers.order(s, s.college().id(), "Utkast"));
        assertThat(upload(coordinator, order.id(), file("plan.pdf", PDF))).hasStatus3xxRedirection();
        UUID attachment = stored(s.id(), order.id()).getFirst().id();
        String page = "/needs/orders/" + order.id();

        // a municipality contact and a participant may not touch orders at all
        for (var user : List.of(s.world().participant(), s.world().contact())) {
            assertThat(upload(user, order.id(), file("x.pdf", PDF))).hasStatus(403);
            assertThat(mvc.get().uri(page + "/attachments/" + attachment).with(as(user)))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri(page + "/attachments/" + attachment + "/delete")
                            .with(as(user))
                            .with(csrf()))
                    .hasStatus(403);
        }
        // the coordinator of another collaboration, and the partner of another provider, find nothing
        for (var user : List.of(other.world().coordinator(), s.hospitalPartner(), other.collegePartner())) {
            assertThat(upload(user, order.id(), file("x.pdf", PDF))).hasStatus(404);
            assertThat(mvc.get().uri(page + "/attachments/" + attachment).with(as(user)))
                    .hasStatus(404);
            assertThat(mvc.post()
                            .uri(page + "/attachments/" + attachment + "/delete")
                            .with(as(user))
                            .with(csrf()))
                    .hasStatus(404);
        }
        // a draft is the coordinator's alone
        assertThat(upload(s.collegePartner(), draft.id(), file("x.pdf", PDF))).hasStatus(404);
        assertThat(upload(coordinator, draft.id(), file("utkast.pdf", PDF))).hasStatus3xxRedirection();
        // a made-up id, or the id of a file on another order, is not found
        for (var user : List.of(coordinator, s.collegePartner())) {
            assertThat(mvc.get().uri(page + "/attachments/" + UUID.randomUUID()).with(as(user)))
                    .hasStatus(404);
            assertThat(mvc.get()
                            .uri("/needs/orders/" + second.id() + "/attachments/" + attachment)
                            .with(as(user)))
                    .hasStatus(404);
            assertThat(mvc.post()
                            .uri("/needs/orders/" + second.id() + "/attachments/" + attachment + "/delete")
                            .with(as(user))
                            .with(csrf()))
                    .hasStatus(404);
            assertThat(mvc.get().uri(page + "/attachments/not-an-id").with(as(user)))
                    .hasStatus(404);
            assertThat(upload(user, UUID.randomUUID(), file("x.pdf", PDF))).hasStatus(404);
        }
        assertThat(mvc.post()
                        .multipart()
                        .uri(page + "/attachments")
                        .file(file("uten-token.pdf", PDF))
                        .with(as(coordinator)))
                .hasStatus(403);
        assertThat(rows(order.id())).isEqualTo(1);
        assertThat(rows(second.id())).isZero();
        assertThat(rows(draft.id())).isEqualTo(1);
        assertThat(stored(s.id(), order.id()).getFirst().fileName()).isEqualTo("plan.pdf");
    }
}
