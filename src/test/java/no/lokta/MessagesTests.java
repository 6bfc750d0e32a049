package no.lokta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text is in both languages, and no template carries text of its own. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "platform",
                "member",
                "people",
                "finance",
                "network",
                "programme",
                "programme-mail",
                "programme-registration",
                "programme-attendance",
                "shadowing",
                "needs-survey",
                "needs-plan",
                "needs-order",
                "project",
                "project-funding",
                "project-scheme",
                "project-fund",
                "project-help",
                "project-export",
                "project-calendar",
                "knowledge",
                "knowledge-example",
                "knowledge-agreement",
                "knowledge-forum",
                "knowledge-news",
                "knowledge-discussion",
                "knowledge-document",
                "knowledge-priority",
                "knowledge-consultation"
            })
    void bokmalAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> nb = keys("i18n/" + bundle + ".properties");
        Set<String> en = keys("i18n/" + bundle + "_en.properties");
        assertThat(difference(nb, en)).as("keys missing in English").isEmpty();
        assertThat(difference(en, nb)).as("keys missing in bokmål").isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        // text between tags must come from th:text and friends; what stands there is only a placeholder
        Pattern textAfterOpenTag = Pattern.compile("<([a-zA-Z][\\w:-]*)([^>]*)>([^<]*)");
        Pattern textAfterCloseTag = Pattern.compile("</[a-zA-Z][\\w:-]*>([^<]*)");
        Pattern literalAttribute = Pattern.compile("\\s(aria-label|title|placeholder|alt)=\"[^\"]*\\p{L}");
        Pattern replaced = Pattern.compile("th:(text|utext|errors|replace|insert)=");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher open = textAfterOpenTag.matcher(html);
                while (open.find()) {
                    String tag = open.group(1);
                    if (hasWords(open.group(3))
                            && !replaced.matcher(open.group(2)).find()
                            && !tag.equals("style")
                            && !tag.equals("script")) {
                        problems.add(file + ": <" + tag + "> " + open.group(3).strip());
                    }
                }
                Matcher close = textAfterCloseTag.matcher(html);
                while (close.find()) {
                    if (hasWords(close.group(1))) {
                        problems.add(
                                file + ": after closing tag: " + close.group(1).strip());
                    }
                }
                Matcher attribute = literalAttribute.matcher(html);
                while (attribute.find()) {
                    problems.add(file + ": literal " + attribute.group(1));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
