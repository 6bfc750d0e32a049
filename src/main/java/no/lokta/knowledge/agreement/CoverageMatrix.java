package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Municipality by topic on one day: whether each municipality has a signed, current sub-agreement on
 * each topic. Where a municipality is party to several agreements on a topic, the best state counts.
 */
public record CoverageMatrix(LocalDate date, List<AgreementTopic> topics, List<Row> rows) {

    /** One municipality's cells, in the order of the topics. */
    public record Row(AgreementParty municipality, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One municipality and topic: the state, and the agreement and revision date behind it, if any. */
    public record Cell(
            AgreementTopic topic,
            CoverageState state,
            @Nullable UUID agreementId,
            @Nullable LocalDate revisionDue) {}

    public CoverageMatrix {
        topics = List.copyOf(topics);
        rows = List.copyOf(rows);
    }

    static CoverageMatrix of(
            LocalDate date,
            List<AgreementTopic> topics,
            List<AgreementParty> municipalities,
            List<AgreementSummary> agreements) {
        List<Row> rows = new ArrayList<>();
        for (AgreementParty municipality : municipalities) {
            List<Cell> cells = new ArrayList<>();
            for (AgreementTopic topic : topics) {
                cells.add(cell(date, topic, municipality, agreements));
            }
            rows.add(new Row(municipality, cells));
        }
        return new CoverageMatrix(date, topics, rows);
    }

    private static Cell cell(
            LocalDate date, AgreementTopic topic, AgreementParty municipality, List<AgreementSummary> agreements) {
        if (!topic.inForceOn(date)) {
            return new Cell(topic, CoverageState.NOT_APPLICABLE, null, null);
        }
        Cell best = new Cell(topic, CoverageState.MISSING, null, null);
        for (AgreementSummary agreement : agreements) {
            if (!agreement.municipalityIds().contains(municipality.id())) {
                continue;
            }
            for (SubAgreementSummary part : agreement.parts()) {
                if (part.topic().point() != topic.point()) {
                    continue;
                }
                CoverageState state = part.stateOn(date, agreement.remindDays());
                if (state.ordinal() < best.state().ordinal()) {
                    LocalDate due = part.currentOn(date)
                            .map(VersionSummary::revisionDue)
                            .orElse(null);
                    best = new Cell(topic, state, agreement.id(), due);
                }
            }
        }
        return best;
    }

    /** How many cells are in each state, every state named. */
    public Map<CoverageState, Integer> counts() {
        Map<CoverageState, Integer> counts = new EnumMap<>(CoverageState.class);
        Arrays.stream(CoverageState.values()).forEach(s -> counts.put(s, 0));
        rows.forEach(r -> r.cells().forEach(c -> counts.merge(c.state(), 1, Integer::sum)));
        return counts;
    }

    public int count(CoverageState state) {
        return counts().getOrDefault(state, 0);
    }

    public List<CoverageState> states() {
        return List.of(CoverageState.values());
    }
}
