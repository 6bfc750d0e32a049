package no.lokta.platform.demo;

import java.util.List;

/**
 * A module's share of the demo data. Run once, on the first start in demo mode, in {@code @Order}:
 * members first, then people, then what builds on them.
 */
public interface DemoData {

    /** Loads the data and returns lines worth printing (demo sign-ins, for instance). */
    List<String> load();
}
