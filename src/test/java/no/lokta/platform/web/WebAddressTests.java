package no.lokta.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed links pass as web addresses, and the field message for those that do not. */
class WebAddressTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.regjeringen.no/no/dokumenter/horing/id1",
                "http://helsedialog.no",
                "HTTPS://Example.org/a?b=c#d"
            })
    void absoluteHttpAddressesPass(String link) {
        assertThat(WebAddress.isValid(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/fil",
                "https://",
                "www.example.org",
                "/relative/path",
                "https://exa mple.org",
                "https://example.org/\u0000",
                "https://example.org/\n",
                "http://[::1",
                ""
            })
    void anythingElseIsRefused(String link) {
        assertThat(WebAddress.isValid(link)).isFalse();
    }

    @Test
    void aFormGetsTheMessageAtItsFieldAndAnEmptyLinkIsFine() {
        new FieldProblems().webAddress("link", "", 10, "x.invalid").throwIfAny();
        assertThatThrownBy(() -> new FieldProblems()
                        .webAddress("link", "javascript:x", 100, "x.invalid")
                        .throwIfAny())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                        .containsExactly(Tuple.tuple("link", "x.invalid")));
        assertThatThrownBy(() -> new FieldProblems()
                        .webAddress("link", "https://example.org/" + "a".repeat(100), 50, "x.invalid")
                        .throwIfAny())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("form.tooLong"));
    }
}
