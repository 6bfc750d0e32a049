package no.lokta.programme.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.lokta.programme.RegistrationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal link that lets a person cancel their own registration without signing in. The token
 * is an HMAC-SHA256 of the registration's id and arrival number under a server key, so nothing is
 * stored per registration, every mail (confirmation, reminder, promotion) can carry the same link,
 * and a registration renewed after a cancellation (new arrival number) gets a new link while the
 * old one stops working. The key is {@code lokta.programme.link-secret} if set, else the one the
 * migration made in the database, which all nodes share.
 */
@Component
public class CancellationLinks {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final URI baseUrl;

    CancellationLinks(
            JdbcClient jdbc,
            @Value("${lokta.programme.link-secret:}") String configured,
            @Value("${lokta.base-url:http://localhost:8080}") String baseUrl) {
        String secret = configured.isBlank()
                ? jdbc.sql("select secret from programme.link_secret where id = 1")
                        .query(String.class)
                        .single()
                : configured;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public String token(RegistrationSummary registration) {
        return token(registration.id(), registration.sequence());
    }

    /** Whether the token is the one of this registration (compared in constant time). */
    public boolean valid(RegistrationSummary registration, @Nullable String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                token(registration).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The absolute address of the cancellation page. */
    public URI url(RegistrationSummary registration) {
        return baseUrl.resolve("programme/registrations/" + registration.id() + "/cancel?token=" + token(registration));
    }

    private String token(UUID registrationId, long sequence) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("cancel:" + registrationId + ":" + sequence).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
