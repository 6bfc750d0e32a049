package no.lokta.people;

import java.util.UUID;
import no.lokta.platform.security.BearerToken;
import no.lokta.platform.security.LoktaUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Checks a personal API token and signs the API call in as the token's owner. */
@Component
class ApiTokenAuthentication implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final AccountDirectory directory;

    ApiTokenAuthentication(ApiTokens tokens, AccountDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        BearerToken bearer = (BearerToken) authentication;
        UUID accountId =
                tokens.authenticate(bearer.token()).orElseThrow(() -> new BadCredentialsException("unknown token"));
        LoktaUser user = directory.byId(accountId);
        if (!user.isEnabled()) {
            throw new BadCredentialsException("account disabled");
        }
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
