package no.lokta.programme.web;

import java.util.Locale;
import java.util.UUID;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.certificate.Certificate;
import no.lokta.programme.certificate.CertificateManagement;
import no.lokta.programme.certificate.CertificatePdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Certificates as PDF: any participant's for the coordinator, one's own from "mine aktiviteter". */
@Controller
class CertificateController {

    private final CertificateManagement certificates;
    private final CertificatePdf pdf;
    private final Tenancy tenancy;

    CertificateController(CertificateManagement certificates, CertificatePdf pdf, Tenancy tenancy) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.tenancy = tenancy;
    }

    @GetMapping("/programme/manage/activities/{id}/registrations/{registrationId}/certificate.pdf")
    ResponseEntity<byte[]> participant(@PathVariable UUID id, @PathVariable UUID registrationId, Locale locale) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        return file(certificates.certificate(collaborationId, id, registrationId), locale);
    }

    @GetMapping("/programme/mine/{registrationId}/certificate.pdf")
    ResponseEntity<byte[]> mine(@PathVariable UUID registrationId, Locale locale) {
        LoktaUser user = tenancy.requireUser();
        return file(certificates.mine(user.accountId(), user.email(), registrationId), locale);
    }

    private ResponseEntity<byte[]> file(Certificate certificate, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(certificate.fileName())
                                .build()
                                .toString())
                .body(pdf.render(certificate, locale));
    }
}
