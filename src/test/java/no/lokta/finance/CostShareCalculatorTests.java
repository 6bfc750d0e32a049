package no.lokta.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lokta.finance.CostShareCalculator.Member;
import no.lokta.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostShareCalculatorTests {

    private static final CostShareRule LOKTA = new CostShareRule(2_000, 8_000, PopulationBasis.BUDGET_YEAR);

    /** Property tests draw this many random cases from a fixed seed, so every run is the same. */
    private static final int CASES = 2_000;

    // --- worked examples

    /**
     * LØKTA 2019: NOK 2 400 000, 20 % equal, 80 % by the population of 1 January 2019, eight
     * members all year. Worked by hand: the equal pool is 480 000, 60 000 each. The population
     * pool is 1 920 000 over 30 464 inhabitants, so Bardu's exact share is 60 000 + 1 920 000 ·
     * 4 030 / 30 464 = 313 991.597. Rounded down the shares make 2 399 996; the four kroner left go
     * to the largest remainders: Sørreisa (.958), Bardu (.597), Målselv (.555) and Torsken (.471).
     */
    @Test
    void loktaIn2019() {
        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 2_400_000, lokta2019());

        assertThat(a.total()).isEqualTo(2_400_000);
        assertThat(a.equalPool()).isEqualTo(480_000);
        assertThat(a.populationPool()).isEqualTo(1_920_000);
        assertThat(a.populationYear()).isEqualTo(2019);
        assertThat(a.daysInYear()).isEqualTo(365);
        assertThat(totals(a))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Bardu", 313_992L,
                        "Målselv", 488_887L,
                        "Sørreisa", 279_895L,
                        "Dyrøy", 131_155L,
                        "Tranøy", 155_357L,
                        "Torsken", 118_677L,
                        "Berg", 115_966L,
                        "Lenvik", 796_071L));
        assertThat(a.lines()).allSatisfy(l -> {
            assertThat(l.equalPart()).isEqualTo(60_000);
            assertThat(l.days()).isEqualTo(365);
        });
        AllocationLine bardu = line(a, "Bardu");
        assertThat(bardu.population()).isEqualTo(4030);
        assertThat(bardu.populationPart()).isEqualTo(253_992);
        assertThat(a.lines())
                .extracting(AllocationLine::municipalityNumber)
                .containsExactly("1922", "1924", "1925", "1926", "1927", "1928", "1929", "1931");
    }

    /**
     * Two members alike but one joins on 1 July 2019: 184 of 365 days. The budget is shared among
     * 549 member-days: the full-year member pays 1 000 000 · 365/549 = 664 845.17, the other
     * 335 154.83, so 664 845 and 335 155 (the larger remainder gets the last krone).
     */
    @Test
    void aMemberThatJoinsMidYearPaysForItsDays() {
        LocalDate joined = LocalDate.of(2019, 7, 1);
        long days = ChronoUnit.DAYS.between(joined, LocalDate.of(2020, 1, 1));
        assertThat(days).isEqualTo(184);
        List<Member> members = List.of(member("A", "0001", 5_000, 365), member("B", "0002", 5_000, days));

        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 1_000_000, members);

        assertThat(totals(a)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 664_845L, "B", 335_155L));
        assertThat(a.totalDays()).isEqualTo(549);
        // equal pool 200 000 by days: 132 969.03 and 67 030.97
        assertThat(line(a, "A").equalPart()).isEqualTo(132_969);
        assertThat(line(a, "B").equalPart()).isEqualTo(67_031);
    }

    /** A member that leaves on 31 March 2019 (90 days) pays for 90 days; the others pay the rest. */
    @Test
    void aMemberThatLeavesMidYearPaysForItsDays() {
        List<Member> members = List.of(
                member("Stays", "0001", 2_000, 365),
                member("Also stays", "0002", 2_000, 365),
                member("Leaves", "0003", 2_000, 90));

        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 820_000, members);

        // 820 members-days in all: 1 000 kr a member-day
        assertThat(totals(a))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Stays", 365_000L, "Also stays", 365_000L, "Leaves", 90_000L));
    }

    @Test
    void populationPoolGoesByDaysWhenEveryPopulationIsZero() {
        List<Member> members = List.of(member("A", "0001", 0, 365), member("B", "0002", 0, 365));

        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 1_001, members);

        assertThat(a.lines()).extracting(AllocationLine::total).containsExactly(501L, 500L);
    }

    @Test
    void equalRemaindersGoToTheLowerMunicipalityNumberFirst() {
        List<Member> members =
                List.of(member("C", "0300", 10, 365), member("A", "0100", 10, 365), member("B", "0200", 10, 365));

        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 100, members);

        assertThat(a.lines()).extracting(AllocationLine::name).containsExactly("A", "B", "C");
        assertThat(a.lines()).extracting(AllocationLine::total).containsExactly(34L, 33L, 33L);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "4999, 0", "5000, 1", "15000, 2", "25000, 3"})
    void equalPoolIsRoundedHalfUp(long budget, long expectedPool) {
        // 0.01 % of the budget: 5 000 kr gives 0.5 kr, rounded to 1
        CostShareRule rule = new CostShareRule(1, 9_999, PopulationBasis.BUDGET_YEAR);
        assertThat(CostShareCalculator.equalPool(budget, rule)).isEqualTo(expectedPool);
    }

    @Test
    void zeroBudgetGivesZeroShares() {
        Allocation a = CostShareCalculator.allocate(LOKTA, 2019, 0, lokta2019());
        assertThat(a.lines()).allSatisfy(l -> assertThat(l.total()).isZero());
    }

    @Test
    void previousYearRuleUsesThePopulationOfTheYearBefore() {
        CostShareRule rule = new CostShareRule(2_000, 8_000, PopulationBasis.PREVIOUS_YEAR);
        assertThat(CostShareCalculator.allocate(rule, 2024, 10, List.of(member("A", "0001", 1, 366)))
                        .populationYear())
                .isEqualTo(2023);
    }

    // --- the rule

    @Test
    void ruleMustAddUpTo100() {
        assertThatThrownBy(() -> new CostShareRule(2_000, 7_000, PopulationBasis.BUDGET_YEAR))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("equalSharePercent");
                            assertThat(p.messageKey()).isEqualTo("costShareRule.sum");
                            assertThat(p.args()).containsExactly(new BigDecimal("90"));
                        }));
    }

    @ParameterizedTest
    @CsvSource({"33.33, 66.67, 3333", "20, 80, 2000", "0, 100, 0", "100.00, 0, 10000"})
    void ruleFromPercent(String equal, String population, int equalBasisPoints) {
        CostShareRule rule =
                CostShareRule.ofPercent(new BigDecimal(equal), new BigDecimal(population), PopulationBasis.BUDGET_YEAR);
        assertThat(rule.equalShareBasisPoints()).isEqualTo(equalBasisPoints);
        assertThat(rule.equalSharePercent()).isEqualByComparingTo(equal);
    }

    @ParameterizedTest
    @CsvSource({
        "20.001, 79.999, costShareRule.percent.decimals",
        "-10, 110, costShareRule.percent.range",
        "120, -20, costShareRule.percent.range"
    })
    void ruleRefusesBadPercent(String equal, String population, String key) {
        assertThatThrownBy(() -> CostShareRule.ofPercent(
                        new BigDecimal(equal), new BigDecimal(population), PopulationBasis.BUDGET_YEAR))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .allSatisfy(p -> assertThat(p.messageKey()).isEqualTo(key)));
    }

    // --- properties over many random cases

    @Test
    void sharesAlwaysAddUpToTheBudgetAndStayWithinOneKroneOfTheExactShare() {
        Random random = new Random(2019);
        for (int c = 0; c < CASES; c++) {
            CostShareRule rule = randomRule(random);
            long budget = randomBudget(random);
            List<Member> members = randomMembers(random, 1 + random.nextInt(60));

            Allocation a = CostShareCalculator.allocate(rule, 2019, budget, members);

            assertThat(a.total()).as("case %d", c).isEqualTo(budget);
            assertThat(a.lines()).hasSize(members.size());
            Map<UUID, BigDecimal> exact = exactShares(rule, budget, members);
            // plain checks in the inner loop, one assertion per case: thousands of cases stay fast
            List<AllocationLine> wrong = a.lines().stream()
                    .filter(l -> l.total() < 0
                            || l.equalPart() < 0
                            || BigDecimal.valueOf(l.total())
                                            .subtract(exact.getOrDefault(l.organisationId(), BigDecimal.ZERO))
                                            .abs()
                                            .compareTo(BigDecimal.ONE)
                                    >= 0)
                    .toList();
            assertThat(wrong).as("case %d", c).isEmpty();
            assertThat(a.lines().stream().mapToLong(AllocationLine::equalPart).sum())
                    .isEqualTo(a.equalPool());
        }
    }

    @Test
    void aBiggerPopulationNeverPaysLessForTheSameDays() {
        Random random = new Random(1838);
        for (int c = 0; c < CASES; c++) {
            // some population share, so that population makes a difference
            int equal = random.nextInt(CostShareRule.WHOLE);
            CostShareRule rule = new CostShareRule(equal, CostShareRule.WHOLE - equal, PopulationBasis.BUDGET_YEAR);
            long days = 1L + random.nextInt(365);
            List<Member> members = new ArrayList<>();
            int n = 2 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                members.add(member("M" + i, "%04d".formatted(random.nextInt(10_000)), random.nextInt(100_000), days));
            }

            Allocation a = CostShareCalculator.allocate(rule, 2019, randomBudget(random), members);

            // by population: no member pays less than any member with a smaller population
            List<AllocationLine> byPopulation = a.lines().stream()
                    .sorted(Comparator.comparingInt(AllocationLine::population))
                    .toList();
            long mostPaidBySmaller = Long.MIN_VALUE;
            int i = 0;
            while (i < byPopulation.size()) {
                int population = byPopulation.get(i).population();
                long leastInGroup = Long.MAX_VALUE;
                long mostInGroup = Long.MIN_VALUE;
                for (; i < byPopulation.size() && byPopulation.get(i).population() == population; i++) {
                    leastInGroup = Math.min(leastInGroup, byPopulation.get(i).total());
                    mostInGroup = Math.max(mostInGroup, byPopulation.get(i).total());
                }
                assertThat(leastInGroup)
                        .as("case %d, population %d", c, population)
                        .isGreaterThanOrEqualTo(mostPaidBySmaller);
                mostPaidBySmaller = Math.max(mostPaidBySmaller, mostInGroup);
            }
        }
    }

    @Test
    void equalMembersPayEqualSharesWithinOneKrone() {
        Random random = new Random(2020);
        for (int c = 0; c < CASES; c++) {
            int population = random.nextInt(50_000);
            long days = 1L + random.nextInt(365);
            int twins = 2 + random.nextInt(10);
            List<Member> members = new ArrayList<>(randomMembers(random, random.nextInt(20)));
            for (int i = 0; i < twins; i++) {
                members.add(member("Twin " + i, "9" + "%03d".formatted(i), population, days));
            }

            Allocation a = CostShareCalculator.allocate(randomRule(random), 2019, randomBudget(random), members);

            List<AllocationLine> alike =
                    a.lines().stream().filter(l -> l.name().startsWith("Twin")).toList();
            long min = alike.stream().mapToLong(AllocationLine::total).min().orElseThrow();
            long max = alike.stream().mapToLong(AllocationLine::total).max().orElseThrow();
            assertThat(max - min).as("case %d", c).isLessThanOrEqualTo(1);
            long minEqual =
                    alike.stream().mapToLong(AllocationLine::equalPart).min().orElseThrow();
            long maxEqual =
                    alike.stream().mapToLong(AllocationLine::equalPart).max().orElseThrow();
            assertThat(maxEqual - minEqual).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void all357MunicipalitiesAddUpToTheBudget() {
        List<Member> all = Municipalities2024.asMembers();
        assertThat(all).hasSize(357);
        Random random = new Random(357);
        for (long budget : new long[] {0, 1, 356, 357, 358, 1_000_000_000, 987_654_321_987L}) {
            Allocation a = CostShareCalculator.allocate(randomRule(random), 2024, budget, all);
            assertThat(a.total()).isEqualTo(budget);
            assertThat(a.lines()).hasSize(357);
        }
        Allocation lokta = CostShareCalculator.allocate(LOKTA, 2024, 3_100_000, all);
        AllocationLine oslo = line(lokta, "Oslo");
        assertThat(oslo.population()).isEqualTo(717_710);
        assertThat(oslo.total()).isEqualTo(lokta.largestTotal());
    }

    // --- helpers

    private static List<Member> lokta2019() {
        return List.of(
                member("Bardu", "1922", 4030, 365),
                member("Målselv", "1924", 6805, 365),
                member("Sørreisa", "1925", 3489, 365),
                member("Dyrøy", "1926", 1129, 365),
                member("Tranøy", "1927", 1513, 365),
                member("Torsken", "1928", 931, 365),
                member("Berg", "1929", 888, 365),
                member("Lenvik", "1931", 11679, 365));
    }

    @Test
    void noPartIsNegativeEvenForAMemberWithoutInhabitants() {
        CostShareRule rule =
                CostShareRule.ofPercent(new BigDecimal("20"), new BigDecimal("80"), PopulationBasis.BUDGET_YEAR);
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            List<Member> members = new ArrayList<>();
            members.add(member("Tom", "0001", 0, 1 + random.nextInt(365)));
            for (int i = 0; i < 2 + random.nextInt(6); i++) {
                members.add(member("M" + i, String.format("%04d", 10 + i), random.nextInt(20_000), 365));
            }
            long budget = random.nextInt(1_000_000);
            Allocation a = CostShareCalculator.allocate(rule, 2024, budget, members);
            assertThat(a.lines()).allSatisfy(l -> {
                assertThat(l.equalPart()).isNotNegative();
                assertThat(l.populationPart()).isNotNegative();
            });
            assertThat(a.lines().stream().mapToLong(AllocationLine::equalPart).sum())
                    .isEqualTo(a.equalPool());
            assertThat(a.lines().stream().mapToLong(AllocationLine::total).sum())
                    .isEqualTo(budget);
        }
    }

    private static Member member(String name, String number, int population, long days) {
        return new Member(UUID.randomUUID(), name, number, population, days);
    }

    private static AllocationLine line(Allocation a, String name) {
        return a.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Long> totals(Allocation a) {
        return a.lines().stream().collect(Collectors.toMap(AllocationLine::name, AllocationLine::total));
    }

    private static CostShareRule randomRule(Random random) {
        int equal = random.nextInt(CostShareRule.WHOLE + 1);
        return new CostShareRule(equal, CostShareRule.WHOLE - equal, PopulationBasis.BUDGET_YEAR);
    }

    private static long randomBudget(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(1_000);
            case 1 -> random.nextLong(100_000_000);
            default -> random.nextLong(1_000_000_000_000L);
        };
    }

    private static List<Member> randomMembers(Random random, int n) {
        List<Member> members = new ArrayList<>();
        boolean allZero = random.nextInt(50) == 0;
        for (int i = 0; i < n; i++) {
            int population = allZero ? 0 : random.nextInt(10) == 0 ? random.nextInt(1_000_000) : random.nextInt(20_000);
            long days = random.nextInt(4) == 0 ? 1L + random.nextInt(365) : 365;
            members.add(member("M" + i, "%04d".formatted(random.nextInt(10_000)), population, days));
        }
        return members;
    }

    /** The exact shares by the formula, worked independently with 40 significant digits. */
    private static Map<UUID, BigDecimal> exactShares(CostShareRule rule, long budget, List<Member> members) {
        MathContext mc = new MathContext(40);
        BigDecimal b = BigDecimal.valueOf(budget);
        BigDecimal equalPool = b.multiply(BigDecimal.valueOf(rule.equalShareBasisPoints()))
                .divide(BigDecimal.valueOf(CostShareRule.WHOLE), mc);
        BigDecimal populationPool = b.subtract(equalPool);
        long sumDays = members.stream().mapToLong(Member::days).sum();
        long sumWeight = members.stream()
                .mapToLong(m -> (long) m.population() * m.days())
                .sum();
        return members.stream().collect(Collectors.toMap(Member::organisationId, m -> {
            BigDecimal equal = equalPool.multiply(BigDecimal.valueOf(m.days())).divide(BigDecimal.valueOf(sumDays), mc);
            BigDecimal weight = sumWeight == 0
                    ? BigDecimal.valueOf(m.days()).divide(BigDecimal.valueOf(sumDays), mc)
                    : BigDecimal.valueOf((long) m.population() * m.days()).divide(BigDecimal.valueOf(sumWeight), mc);
            return equal.add(populationPool.multiply(weight, mc), mc);
        }));
    }
}
