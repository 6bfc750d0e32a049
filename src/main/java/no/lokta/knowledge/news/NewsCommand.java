package no.lokta.knowledge.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lokta.platform.web.FieldProblems;

/** A news item as the coordinator writes it: title, Markdown text, tags and audience. */
public record NewsCommand(String title, String text, List<String> tags, Audience audience) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 20000;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 10;

    public NewsCommand {
        title = title.strip();
        text = text.strip();
        List<String> clean = new ArrayList<>();
        boolean tooLong = false;
        for (String tag : tags) {
            String t = tag.strip().replaceAll("\\s+", " ");
            tooLong |= t.length() > MAX_TAG;
            if (!t.isEmpty()
                    && clean.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))) {
                clean.add(t);
            }
        }
        tags = List.copyOf(clean);
        new FieldProblems()
                .required("title", title, MAX_TITLE)
                .longest("text", text, MAX_TEXT)
                .when(tooLong, "tags", "news.tags.tooLong", MAX_TAG)
                .when(tags.size() > MAX_TAGS, "tags", "news.tags.tooMany", MAX_TAGS)
                .when(
                        tags.stream().anyMatch(t -> t.chars().anyMatch(Character::isISOControl)),
                        "tags",
                        "news.tags.invalid")
                .throwIfAny();
    }

    /** Tags as people type them: separated by commas. */
    public static List<String> tags(String typed) {
        return List.of(typed.split(","));
    }
}
