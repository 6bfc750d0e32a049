package no.lokta.knowledge.news;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.lokta.project.scheme.GrantSchemePublished;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A published grant scheme becomes a draft news item, tagged as a grant scheme, for the coordinator to finish. */
@Component
class GrantSchemeNews {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NewsManagement news;
    private final MessageSource messages;

    GrantSchemeNews(NewsManagement news, MessageSource messages) {
        this.news = news;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(GrantSchemePublished e) {
        String title = messages.getMessage("news.scheme.title", new Object[] {e.name()}, NORWEGIAN);
        String text =
                messages.getMessage("news.scheme.text", new Object[] {e.name(), DATE.format(e.deadline())}, NORWEGIAN);
        news.draftForScheme(e.collaborationId(), e.schemeId(), clip(title, NewsCommand.MAX_TITLE), text);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
