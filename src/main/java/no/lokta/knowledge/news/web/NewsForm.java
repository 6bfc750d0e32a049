package no.lokta.knowledge.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.knowledge.news.Audience;
import no.lokta.knowledge.news.NewsCommand;
import no.lokta.knowledge.news.NewsSummary;
import org.jspecify.annotations.Nullable;

/** The news item form; tags are typed separated by commas. */
record NewsForm(
        @NotBlank @Size(max = NewsCommand.MAX_TITLE) @Nullable
        String title,

        @Size(max = NewsCommand.MAX_TEXT) @Nullable String text,
        @Size(max = 600) @Nullable String tags,
        @NotNull @Nullable Audience audience) {

    static NewsForm empty() {
        return new NewsForm("", "", "", Audience.PUBLIC);
    }

    static NewsForm from(NewsSummary n) {
        return new NewsForm(n.title(), n.text(), String.join(", ", n.tags()), n.audience());
    }

    NewsCommand toCommand() {
        return new NewsCommand(text(title), text(text), NewsCommand.tags(text(tags)), Objects.requireNonNull(audience));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
