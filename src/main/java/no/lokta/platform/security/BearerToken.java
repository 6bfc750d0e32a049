package no.lokta.platform.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request's personal token before it has been checked. */
public final class BearerToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String token;

    public BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return "api-token";
    }
}
