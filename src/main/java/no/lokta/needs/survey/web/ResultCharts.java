package no.lokta.needs.survey.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.needs.survey.QuestionKind;
import no.lokta.needs.survey.SurveyResults;

/** The chart of each question's totals: counts per choice or score, a matrix's sums per row. */
final class ResultCharts {

    private ResultCharts() {}

    static Map<UUID, ResultChart> of(SurveyResults results) {
        Map<UUID, ResultChart> charts = new HashMap<>();
        for (SurveyResults.QuestionResults q : results.questions()) {
            QuestionKind kind = q.question().kind();
            List<ResultChart.Value> values =
                    switch (kind) {
                        case SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE ->
                            q.lines().stream()
                                    .map(l -> new ResultChart.Value(
                                            l.label(), BigDecimal.valueOf(q.count(l.key(), SurveyResults.TOTAL))))
                                    .toList();
                        case MATRIX ->
                            q.question().rows().stream()
                                    .map(r -> new ResultChart.Value(r.label(), q.rowSum(r.key(), SurveyResults.TOTAL)))
                                    .toList();
                        default -> List.<ResultChart.Value>of();
                    };
            if (!values.isEmpty()) {
                charts.put(q.question().id(), ResultChart.of(values));
            }
        }
        return charts;
    }
}
