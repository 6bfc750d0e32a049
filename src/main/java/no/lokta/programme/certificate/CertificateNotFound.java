package no.lokta.programme.certificate;

import no.lokta.platform.web.NotFound;

/** No certificate: no such registration, or it attended no session. */
public class CertificateNotFound extends NotFound {

    public CertificateNotFound() {
        super("certificate");
    }
}
