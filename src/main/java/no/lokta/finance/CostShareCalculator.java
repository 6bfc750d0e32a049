package no.lokta.finance;

import java.math.BigInteger;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Shares a budget among members by a {@link CostShareRule}, exactly, with no framework around it.
 *
 * <p>The budget is shared among member-days: a member for half the year counts half, and the
 * others pay the rest. For member i with d days and population p, the exact share is
 *
 * <pre>B·E/10000 · d/Σd + B·P/10000 · p·d/Σ(p·d)</pre>
 *
 * (E and P the rule's basis points). All shares are worked out over one common denominator with
 * {@link BigInteger}, floored to whole kroner, and the kroner still missing go one by one to the
 * largest remainders (ties: lower municipality number first). So the shares add up to the budget
 * exactly, and two members that are alike differ by at most one krone. If every population is 0
 * the population pool goes by days too.
 *
 * <p>The equal part shown per member is the equal pool (B·E/10000 rounded half up) shared by
 * days the same way; the population part is the rest of the member's share. (So a member whose
 * exact population part is under a krone, population 0 for instance, may show it as -1 kr.)
 *
 * <p>Money is whole kroner in a {@code long}: the rule gives whole-krone shares, so øre never
 * arise here.
 */
public final class CostShareCalculator {

    /** A member as the calculator sees it: its population for the rule's year and its days. */
    public record Member(UUID organisationId, String name, String municipalityNumber, int population, long days) {

        public Member {
            if (population < 0) {
                throw new IllegalArgumentException("negative population: " + name);
            }
            if (days <= 0 || days > 366) {
                throw new IllegalArgumentException("days outside a year: " + name);
            }
        }
    }

    private static final BigInteger WHOLE = BigInteger.valueOf(CostShareRule.WHOLE);

    private static final Comparator<Member> BY_NUMBER =
            Comparator.comparing(Member::municipalityNumber).thenComparing(Member::organisationId);

    private CostShareCalculator() {}

    public static Allocation allocate(CostShareRule rule, int year, long budget, List<Member> members) {
        if (budget < 0) {
            throw new IllegalArgumentException("negative budget");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no members");
        }
        List<Member> ordered = members.stream().sorted(BY_NUMBER).toList();
        int n = ordered.size();
        long totalDays = 0;
        long totalWeight = 0;
        for (Member m : ordered) {
            totalDays += m.days();
            totalWeight = Math.addExact(totalWeight, Math.multiplyExact((long) m.population(), m.days()));
        }
        boolean byDays = totalWeight == 0;
        BigInteger sumDays = BigInteger.valueOf(totalDays);
        BigInteger sumWeight = byDays ? sumDays : BigInteger.valueOf(totalWeight);
        BigInteger equalTimesWeight =
                BigInteger.valueOf(rule.equalShareBasisPoints()).multiply(sumWeight);
        BigInteger populationTimesDays =
                BigInteger.valueOf(rule.populationShareBasisPoints()).multiply(sumDays);
        BigInteger amount = BigInteger.valueOf(budget);

        // share_i = B·(E·d_i·Σw + P·w_i·Σd) / (10000·Σd·Σw); the numerators add up to B times the denominator
        BigInteger denominator = WHOLE.multiply(sumDays).multiply(sumWeight);
        BigInteger[] numerators = new BigInteger[n];
        BigInteger[] equalNumerators = new BigInteger[n];
        long equalPool = equalPool(budget, rule);
        BigInteger equalAmount = BigInteger.valueOf(equalPool);
        for (int i = 0; i < n; i++) {
            Member m = ordered.get(i);
            BigInteger days = BigInteger.valueOf(m.days());
            BigInteger weight = byDays ? days : BigInteger.valueOf((long) m.population() * m.days());
            numerators[i] = amount.multiply(equalTimesWeight.multiply(days).add(populationTimesDays.multiply(weight)));
            equalNumerators[i] = equalAmount.multiply(days);
        }
        long[] totals = largestRemainder(budget, numerators, denominator);
        long[] equalParts = largestRemainder(equalPool, equalNumerators, sumDays);
        keepPopulationPartsNonNegative(totals, equalParts);

        List<AllocationLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Member m = ordered.get(i);
            lines.add(new AllocationLine(
                    m.organisationId(),
                    m.name(),
                    m.municipalityNumber(),
                    m.population(),
                    m.days(),
                    equalParts[i],
                    totals[i] - equalParts[i],
                    totals[i]));
        }
        return new Allocation(
                rule,
                year,
                rule.populationBasis().populationYear(year),
                Year.of(year).length(),
                budget,
                equalPool,
                budget - equalPool,
                lines);
    }

    /**
     * Rounding the totals and the equal parts separately can leave a member whose exact population
     * part is under a krone (population 0, say) with a total one krone below its equal part. Such a
     * krone of equal part moves to the member with the largest population part, so every part
     * shown is zero or more and the equal parts still add up to the equal pool.
     */
    static void keepPopulationPartsNonNegative(long[] totals, long[] equalParts) {
        for (int i = 0; i < totals.length; i++) {
            while (equalParts[i] > totals[i]) {
                int receiver = -1;
                for (int k = 0; k < totals.length; k++) {
                    if (k != i
                            && (receiver < 0 || totals[k] - equalParts[k] > totals[receiver] - equalParts[receiver])) {
                        receiver = k;
                    }
                }
                if (receiver < 0 || totals[receiver] - equalParts[receiver] < 1) {
                    break;
                }
                equalParts[i]--;
                equalParts[receiver]++;
            }
        }
    }

    /** The budget's equal share in whole kroner, rounded half up. */
    static long equalPool(long budget, CostShareRule rule) {
        BigInteger[] qr = BigInteger.valueOf(budget)
                .multiply(BigInteger.valueOf(rule.equalShareBasisPoints()))
                .divideAndRemainder(WHOLE);
        long pool = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(WHOLE) >= 0 ? pool + 1 : pool;
    }

    /**
     * Floors each numerator/denominator and hands the kroner left over to the largest remainders;
     * the numerators must add up to {@code amount} times the denominator. Equal remainders go in
     * the order given (by municipality number).
     */
    static long[] largestRemainder(long amount, BigInteger[] numerators, BigInteger denominator) {
        int n = numerators.length;
        long[] shares = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long handed = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = numerators[i].divideAndRemainder(denominator);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            handed += shares[i];
        }
        long left = amount - handed;
        if (left < 0 || left >= Math.max(1, n)) {
            throw new IllegalStateException("numerators do not add up to the amount");
        }
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = remainders[b].compareTo(remainders[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < left; k++) {
                shares[order[k]]++;
            }
        }
        return shares;
    }
}
