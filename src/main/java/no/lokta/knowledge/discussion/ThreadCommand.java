package no.lokta.knowledge.discussion;

/** A new thread: its title and the text of its first post. */
public record ThreadCommand(String title, String text) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;

    public ThreadCommand {
        title = title.strip();
        text = text.strip();
    }
}
