package no.lokta.finance;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long the split of a budget among all 357 municipalities of 2024 takes (real populations,
 * all full-year members). Run it with
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=no.lokta.finance.CostShareBenchmark</pre>
 *
 * (see docs/performance.md). It prints figures and never fails a build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostShareBenchmark {

    private static final CostShareRule RULE = new CostShareRule(2_000, 8_000, PopulationBasis.BUDGET_YEAR);

    private List<CostShareCalculator.Member> municipalities = List.of();

    @Setup
    public void readMunicipalities() {
        municipalities = Municipalities2024.asMembers();
    }

    @Benchmark
    public Allocation split357() {
        return CostShareCalculator.allocate(RULE, 2024, 987_654_321, municipalities);
    }

    public static void main(String[] args) throws RunnerException {
        exposeClassPath();
        new Runner(new OptionsBuilder()
                        .include(CostShareBenchmark.class.getSimpleName())
                        .build())
                .run();
    }

    /**
     * JMH starts its measuring JVM with this JVM's {@code java.class.path}. Under
     * {@code exec:java} the test classes are only in a class loader, so their path is put there.
     */
    private static void exposeClassPath() {
        if (CostShareBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(new File(url.toURI()).getPath());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, paths));
        }
    }
}
