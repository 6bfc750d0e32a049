package no.lokta.needs.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A competence area: how many people the municipality needs with it, and how many have it. */
public record CompetenceNeed(String area, int required, int held) {

    public CompetenceNeed {
        area = area.strip();
    }

    /** People missing; negative when more hold the competence than required. */
    @JsonProperty("gap")
    public int gap() {
        return required - held;
    }
}
