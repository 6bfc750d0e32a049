package no.lokta.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

    /** Both words, in either order. */
    static final String REL = "(nofollow noopener|noopener nofollow)";

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(
                        Markdown.html(
                                "# Tittel\n\n**fet** og *kursiv*\n\n- en\n- to\n\n[Helsedirektoratet](https://www.helsedirektoratet.no)"))
                .contains("<h3>Tittel</h3>", "<strong>fet</strong>", "<em>kursiv</em>", "<ul>", "<li>en</li>")
                .containsPattern(
                        "<a href=\"https://www.helsedirektoratet.no\" rel=\"" + REL + "\">Helsedirektoratet</a>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
                "![x](https://evil.example/x.png\" onerror=\"alert(1))",
                "<details open ontoggle=alert(1)>",
                "[x](vbscript:msgbox(1))",
                "<<script>script>alert(1)<</script>/script>",
                "`<script>alert(1)</script>`"
            })
    void leavesNoScriptsNorHandlers(String payload) {
        String html = Markdown.html(payload).toLowerCase(java.util.Locale.ROOT);
        assertThat(html)
                .doesNotContain("<script", "<img", "<svg", "<iframe", "<details", "<p style")
                .doesNotContainPattern("href=\"\\s*(javascript|vbscript|data):")
                .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
                .doesNotContain("style=");
    }

    @Test
    void everyLinkGetsNofollowNoopener() {
        assertThat(Markdown.html("<https://example.org> og [e-post](mailto:post@lokta.no)"))
                .containsPattern("href=\"https://example.org\" rel=\"" + REL + "\"")
                .containsPattern("href=\"mailto:post[^\"]*\" rel=\"" + REL + "\">e-post</a>");
    }
}
