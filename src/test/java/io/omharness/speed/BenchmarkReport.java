package io.omharness.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The benchmark's runs and its table: per round, per part of the guide, whole flow, for each screenshot mode. */
final class BenchmarkReport {
    /** The parts of the guide both replays name, in order. */
    static final List<String> PARTS = List.of("Genesys login", "Queue + member", "Flow", "Platform", "Route",
            "Salesforce login", "Configure", "Retrieve", "Check");

    /** One run of one tool: its start cost (not in the flow), its flow and (harness) its WebDriver commands by name. */
    record Run(boolean harness, int round, boolean shots, long startNanos, Timeline timeline, long commands,
               Map<String, long[]> commandsByName) {
        long flowNanos() {
            return timeline.totalNanos();
        }
    }

    private final List<Run> runs;
    private final int rounds;
    private final List<Boolean> modes;
    private final long playwrightLaunch;
    private final String loadAtStart;
    private final String loadAtEnd;

    BenchmarkReport(List<Run> runs, int rounds, List<Boolean> modes, long playwrightLaunch, String loadAtStart, String loadAtEnd) {
        this.runs = List.copyOf(runs);
        this.rounds = rounds;
        this.modes = modes;
        this.playwrightLaunch = playwrightLaunch;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
    }

    int rounds() {
        return rounds;
    }

    List<Boolean> modes() {
        return modes;
    }

    /** Harness median over Playwright median, whole flow. */
    double wholeRatio(boolean shots) {
        return median(of(true, shots), Run::flowNanos) / median(of(false, shots), Run::flowNanos);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " (1 min; 5 min " + f[1] + ", 15 min " + f[2] + ")";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    String table(long seed) {
        StringBuilder out = new StringBuilder();
        out.append(f("%nWhole guide (features/03_whole_guide.feature, UI part) on the embedded sandbox, seed %d: harness"
                + " page objects (Selenium) vs Playwright-Java; %d alternating rounds after one warm-up each; fresh tenant"
                + " per run; times in ms, medians.%nLoad average at start %s, at end %s.%n", seed, rounds, loadAtStart, loadAtEnd));
        for (boolean shots : modes) {
            mode(out, shots);
        }
        out.append(f("%nBrowser start (not in the flow): harness new ChromeDriver session median %.0f ms per run;"
                        + " Playwright launch %.0f ms once, new context median %.0f ms per run.%n",
                ms(median(of(true, null), Run::startNanos)), ms(playwrightLaunch), ms(median(of(false, null), Run::startNanos))));
        List<Run> harness = of(true, modes.get(modes.size() - 1));
        out.append(f("%nSlowest harness page-object calls (median ms, commands; screenshots %s)%n", onOff(modes.get(modes.size() - 1))));
        Map<String, double[]> calls = callMedians(harness);
        calls.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])).limit(12)
                .forEach(e -> out.append(f("  %-50s %8.0f %6.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1])));
        Run mid = harness.stream().sorted(Comparator.comparingLong(Run::flowNanos)).toList().get(harness.size() / 2);
        out.append(f("%nWebDriver commands by name (median harness run, %d commands)%n", mid.commands()));
        mid.commandsByName().entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
                .forEach(e -> out.append(f("  %-26s %6d %9.0f ms %7.1f ms avg%n", e.getKey(), e.getValue()[0],
                        ms(e.getValue()[1]), ms(e.getValue()[1]) / e.getValue()[0])));
        out.append(f("%nPlaywright steps (median ms)%n"));
        callMedians(of(false, modes.get(modes.size() - 1))).forEach((k, v) -> out.append(f("  %-50s %8.0f%n", k, v[0])));
        return out.toString();
    }

    private void mode(StringBuilder out, boolean shots) {
        List<Run> h = of(true, shots);
        List<Run> p = of(false, shots);
        out.append(f("%n== Screenshots %s ==%n%-8s %10s %8s %11s %7s%n", onOff(shots), "round", "harness", "cmds", "Playwright", "ratio"));
        for (int i = 0; i < h.size(); i++) {
            out.append(f("%-8s %10.0f %8d %11.0f %7.2f%n", "#" + h.get(i).round(), ms(h.get(i).flowNanos()), h.get(i).commands(),
                    ms(p.get(i).flowNanos()), (double) h.get(i).flowNanos() / p.get(i).flowNanos()));
        }
        out.append(f("%-18s %10s %8s %11s %7s%n", "part (median)", "harness", "cmds", "Playwright", "ratio"));
        for (String part : PARTS) {
            double hp = median(h, r -> r.timeline().phaseNanos(part));
            double pp = median(p, r -> r.timeline().phaseNanos(part));
            out.append(f("%-18s %10.0f %8.0f %11.0f %7.2f%n", part, ms(hp), median(h, r -> r.timeline().phaseCommands(part)), ms(pp), hp / pp));
        }
        double hw = median(h, Run::flowNanos);
        double pw = median(p, Run::flowNanos);
        out.append(f("%-18s %10.0f %8.0f %11.0f %7.2f%n", "WHOLE FLOW", ms(hw), median(h, Run::commands), ms(pw), hw / pw));
        out.append(f("Whole-flow ratio, screenshots %s: %.2f (target <= %s) -> %s%n", onOff(shots), hw / pw,
                System.getProperty("benchmark.maxRatio", "0.9"),
                hw / pw <= Double.parseDouble(System.getProperty("benchmark.maxRatio", "0.9")) ? "MET" : "NOT MET"));
    }

    private List<Run> of(boolean harness, Boolean shots) {
        Predicate<Run> mode = r -> shots == null || r.shots() == shots;
        List<Run> out = new ArrayList<>(runs.stream().filter(r -> r.harness() == harness).filter(mode).toList());
        out.sort(Comparator.comparingInt(Run::round));
        return out;
    }

    /** Each named call (repeated calls summed), median {ms, commands} over the runs, in flow order. */
    private static Map<String, double[]> callMedians(List<Run> runs) {
        Map<String, List<long[]>> byName = new LinkedHashMap<>();
        for (Run r : runs) {
            Map<String, long[]> sums = new LinkedHashMap<>();
            for (Timeline.Call c : r.timeline().calls()) {
                long[] s = sums.computeIfAbsent(c.name(), k -> new long[2]);
                s[0] += c.nanos();
                s[1] += c.commands();
            }
            sums.forEach((k, v) -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(k, new double[] {ms(medianOf(v.stream().mapToLong(a -> a[0]).toArray())),
                medianOf(v.stream().mapToLong(a -> a[1]).toArray())}));
        return out;
    }

    private static double median(List<Run> runs, ToLongFunction<Run> f) {
        return medianOf(runs.stream().mapToLong(f).toArray());
    }

    private static double medianOf(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    private static String onOff(boolean shots) {
        return shots ? "on" : "off";
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
