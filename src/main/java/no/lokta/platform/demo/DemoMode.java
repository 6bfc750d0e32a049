package no.lokta.platform.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode: demo data and demo sign-ins. On by default with the embedded database; off with an
 * external one unless {@code LOKTA_DEMO=true}.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${lokta.demo:}") String demo, @Value("${spring.datasource.url:}") String externalUrl) {
        this.enabled = demo.isBlank() ? externalUrl.isBlank() : Boolean.parseBoolean(demo);
    }

    public boolean enabled() {
        return enabled;
    }
}
