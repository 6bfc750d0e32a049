package no.lokta.needs.plan;

import java.math.BigDecimal;

/**
 * One profession in one year across the members' plans: full-time equivalents and vacancies
 * summed, turnover weighted by full-time equivalents, and how many plans it comes from.
 */
public record RegionalFigure(
        String profession,
        int year,
        BigDecimal fullTimeEquivalents,
        BigDecimal vacancies,
        BigDecimal turnoverPercent,
        int plans) {}
