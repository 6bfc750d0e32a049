package no.lokta.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.LoktaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application has a rule: apart from the few public pages, a visitor who has not
 * signed in is sent to sign in (pages) or refused with 401 (API), whatever the method.
 */
@LoktaTest
class RouteSecurityTests {

    private static final Set<String> PUBLIC = Set.of(
            "/",
            "/login",
            "/error",
            "/password/forgot",
            "/password/reset",
            "/v3/api-docs",
            "/swagger-ui.html",
            "/benchmark/plaintext",
            "/benchmark/fortunes",
            "/programme",
            "/programme/activities/{id}",
            "/programme/activities/{id}/guest-registration",
            "/programme/activities/{id}/calendar.ics",
            "/programme/networks/{networkId}/calendar.ics",
            "/programme/calendar/{secret}.ics",
            "/projects/calendar/feed/{secret}.ics",
            "/programme/evaluations/{token}",
            "/needs/respond/{token}",
            "/programme/registrations/confirm",
            "/programme/registrations/{id}/cancel",
            "/programme/shadowing",
            "/programme/shadowing/placements/{id}",
            "/knowledge/examples",
            "/knowledge/examples/{id}",
            "/knowledge/news",
            "/knowledge/news/{id}",
            "/knowledge/news/feed.rss",
            "/knowledge/news/feed.atom",
            "/knowledge/news/subscribe",
            "/knowledge/news/subscribe/{token}",
            "/knowledge/news/unsubscribe/{token}",
            "/documents/{id}",
            "/documents/{id}/versions/{number}/file");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteNeedsSignInExceptThePublicOnes() {
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.contains(pattern) || pattern.startsWith("/v3/api-docs")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{year}", "2024")
                        .replaceAll("\\{[^}]*}", UUID.randomUUID().toString())
                        .replace("/**", "/x");
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    MvcTestResult result =
                            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                                            HttpMethod.valueOf(method.name()), path)
                                    .with(csrf()));
                    if (path.startsWith("/api/")) {
                        assertThat(result).as(method + " " + path).hasStatus(401);
                    } else {
                        assertThat(result).as(method + " " + path).hasStatus(302);
                        assertThat(result.getResponse().getHeader("Location"))
                                .as(method + " " + path)
                                .endsWith("/login");
                    }
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        assertThat(mvc.post()
                        .uri("/login")
                        .param("email", "koordinator@lokta.no")
                        .param("password", "x"))
                .hasStatus(403);
    }
}
