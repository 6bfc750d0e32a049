package no.lokta.knowledge.priority;

import java.util.List;
import java.util.UUID;

/** A priority area with its goal and the kinds of example that show it, each with its published examples. */
public record PriorityArea(
        UUID id, String name, String goal, String description, int position, List<Category> categories) {

    /** A kind of good example and how many published examples it has. */
    public record Category(UUID id, String name, int published) {}

    public int published() {
        return categories.stream().mapToInt(Category::published).sum();
    }
}
