package no.lokta.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload over the limit gets a page that says so, over real HTTP, before anything reads the form. */
@LoktaTest
class UploadLimitTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(int bytes) throws Exception {
        String boundary = "lokta-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nx\r\n--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[bytes];
        Arrays.fill(content, (byte) 'x');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/needs/orders/" + java.util.UUID.randomUUID() + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Accept-Language", "nb")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aFileOverTheLimitGetsAPageSayingSo() throws Exception {
        for (int size : new int[] {7 * 1024 * 1024, 20 * 1024 * 1024}) {
            HttpResponse<String> response = upload(size);
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("Filen er for stor", "større enn 5 MB");
        }
    }

    @Test
    void aFileUnderTheLimitGoesOnToTheUsualChecks() throws Exception {
        // not signed in and without a valid CSRF token: refused by security as before, not by size
        assertThat(upload(1024).statusCode()).isNotEqualTo(413);
    }
}
