package io.omharness.speed;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The project's speed promise, measured: the whole guide through our Selenium page objects against the
 * same guide replayed with Playwright-Java, on one embedded sandbox, each run on a fresh tenant.
 * One warm-up run of each (JIT, first browser), then {@code benchmark.runs} (3) alternating runs.
 * Browser start is timed apart from the flow: Selenium starts a new ChromeDriver session per run (as
 * the pool does for a new browser); Playwright launches Chromium once and opens a fresh context per run.
 * Neither tool reuses the other's browser or login.
 *
 * <p>Not run by default (tag "benchmark", excluded by Surefire; no *IT name). Run it with
 * {@code mvn -o -B -Pbenchmark test} or the main method. The table also goes to target/benchmark/guide-speed.txt.
 */
@Tag("benchmark")
class GuideSpeedBenchmark {
    private static final long SEED = Long.getLong("benchmark.seed", 20261124L);

    @Test
    void wholeGuideSeleniumAgainstPlaywright() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("benchmark.runs", 3);
        try (TwinFixture twin = TwinFixture.withoutBrowser(SEED, TenantOptions.defaults())) {
            String report = new GuideSpeedBenchmark().measure(twin, runs);
            System.out.println(report);
            Path out = Path.of("target", "benchmark", "guide-speed.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of one tool: its start cost, its flow and (Selenium) its commands by name. */
    record Run(long startNanos, Timeline timeline, long commands, long nanosInCommands, Map<String, long[]> commandsByName) {
        long flowNanos() {
            return timeline.totalNanos();
        }

        long screenshotNanos() {
            return timeline.nanosOf("screenshot");
        }
    }

    private int tenants;
    private TwinFixture twin;

    private String measure(TwinFixture twin, int runs) {
        this.twin = twin;
        TwinControl control = twin.control();
        List<Run> selenium = new ArrayList<>();
        List<Run> playwright = new ArrayList<>();
        long playwrightLaunch;
        long start = System.nanoTime();
        try (Playwright pw = PlaywrightGuideReplay.create()) {
            Browser browser = PlaywrightGuideReplay.launch(pw);
            playwrightLaunch = System.nanoTime() - start;
            log("Playwright started in %.0f ms; warm-up runs", playwrightLaunch / 1e6);
            seleniumRun(control);
            playwrightRun(control, browser);
            for (int i = 1; i <= runs; i++) {
                boolean seleniumFirst = i % 2 == 1;
                if (seleniumFirst) {
                    selenium.add(seleniumRun(control));
                }
                playwright.add(playwrightRun(control, browser));
                if (!seleniumFirst) {
                    selenium.add(seleniumRun(control));
                }
                log("run %d: Selenium %.0f ms (%d commands), Playwright %.0f ms", i, selenium.get(i - 1).flowNanos() / 1e6,
                        selenium.get(i - 1).commands(), playwright.get(i - 1).flowNanos() / 1e6);
            }
        }
        return report(selenium, playwright, playwrightLaunch);
    }

    private Run seleniumRun(TwinControl control) {
        Tenant tenant = newTenant(control);
        long start = System.nanoTime();
        SeleniumGuideReplay.Counted browser = SeleniumGuideReplay.startBrowser(twin, "benchmark-" + tenants);
        long started = System.nanoTime() - start;
        try {
            browser.counter().reset();
            Timeline t = new Timeline(browser.counter()::count);
            SeleniumGuideReplay.run(browser, tenant.access(), control, tenant.myUserName(), "omh-bench-sel" + tenants, t);
            return new Run(started, t, browser.counter().count(), browser.counter().nanosInCommands(), browser.counter().byName());
        } catch (RuntimeException e) {
            evidence("selenium", () -> {
                browser.driver().switchTo().defaultContent();
                return ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            }, t -> browser.driver().getCurrentUrl());
            throw e;
        } finally {
            browser.session().close();
        }
    }

    private Run playwrightRun(TwinControl control, Browser browser) {
        Tenant tenant = newTenant(control);
        long start = System.nanoTime();
        BrowserContext context = PlaywrightGuideReplay.newContext(browser);
        long started = System.nanoTime() - start;
        try {
            Timeline t = Timeline.uncounted();
            PlaywrightGuideReplay.run(context, tenant.access(), control, tenant.myUserName(), "omh-bench-pw" + tenants, t);
            return new Run(started, t, -1, -1, Map.of());
        } catch (RuntimeException e) {
            com.microsoft.playwright.Page last = context.pages().get(context.pages().size() - 1);
            evidence("playwright", last::screenshot, x -> last.url());
            throw e;
        } finally {
            context.close();
        }
    }

    /** On a failed run: a screenshot in target/benchmark and the page's URL (nothing secret is printed). */
    private static void evidence(String tool, java.util.function.Supplier<byte[]> png, java.util.function.Function<Void, String> url) {
        try {
            Path file = Path.of("target", "benchmark", "failure-" + tool + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png.get());
            log("%s run failed on %s; screenshot %s", tool, url.apply(null), file);
        } catch (IOException | RuntimeException ignored) {
            log("%s run failed (no evidence: %s)", tool, ignored.getMessage());
        }
    }

    private record Tenant(OrgAccess access, String myUserName) {
    }

    /** A fresh tenant, and my user's display name (read through the API, outside the timed flow, for both tools). */
    private Tenant newTenant(TwinControl control) {
        tenants++;
        OrgAccess access = control.createTenant(TenantOptions.defaults().navigation("legacy").identityVerification(false));
        String email = access.genesys().email();
        String name = new GenesysApi(access.genesys()).findUser(email).orElseThrow().getName();
        return new Tenant(access, name);
    }

    // ------------------------------------------------------------------ the table

    private static String report(List<Run> selenium, List<Run> playwright, long playwrightLaunch) {
        StringBuilder out = new StringBuilder();
        int n = selenium.size();
        out.append(String.format(Locale.ROOT, "%nWhole guide (features/03_whole_guide.feature, UI part) on the embedded sandbox, seed %d;"
                + " %d alternating runs per tool after one warm-up each; fresh tenant per run; times in ms%n%n", SEED, n));
        out.append(String.format(Locale.ROOT, "%-8s %14s %12s %14s %14s %14s%n", "run", "Selenium flow", "WD commands",
                "in commands", "Playwright", "Sel/PW"));
        for (int i = 0; i < n; i++) {
            Run s = selenium.get(i);
            Run p = playwright.get(i);
            out.append(String.format(Locale.ROOT, "%-8s %14.0f %12d %14.0f %14.0f %14.2f%n", "#" + (i + 1), ms(s.flowNanos()),
                    s.commands(), ms(s.nanosInCommands()), ms(p.flowNanos()), (double) s.flowNanos() / p.flowNanos()));
        }
        double sMed = median(selenium, Run::flowNanos);
        double pMed = median(playwright, Run::flowNanos);
        out.append(String.format(Locale.ROOT, "%-8s %14.0f %12.0f %14.0f %14.0f %14.2f%n", "median", ms(sMed),
                median(selenium, Run::commands), ms(median(selenium, Run::nanosInCommands)), ms(pMed), sMed / pMed));
        out.append(String.format(Locale.ROOT, "%-8s %14.0f %12s %14s %14.0f %14.2f%n", "no shots",
                ms(median(selenium, r -> r.flowNanos() - r.screenshotNanos())), "", "",
                ms(median(playwright, r -> r.flowNanos() - r.screenshotNanos())),
                median(selenium, r -> r.flowNanos() - r.screenshotNanos()) / median(playwright, r -> r.flowNanos() - r.screenshotNanos())));
        out.append(String.format(Locale.ROOT, "%nVerdict: Selenium median %.0f ms vs Playwright %.0f ms -> ours is %s.%n",
                ms(sMed), ms(pMed), sMed < pMed ? String.format(Locale.ROOT, "FASTER by %.0f ms", ms(pMed - sMed))
                        : String.format(Locale.ROOT, "SLOWER by %.0f ms (%.0f%%)", ms(sMed - pMed), 100 * (sMed - pMed) / pMed)));
        out.append(String.format(Locale.ROOT, "Browser start (not in the flow): Selenium new ChromeDriver session median %.0f ms per run;"
                        + " Playwright create+launch %.0f ms once, new context median %.0f ms per run.%n",
                ms(median(selenium, Run::startNanos)), ms(playwrightLaunch), ms(median(playwright, Run::startNanos))));
        out.append(String.format(Locale.ROOT, "Screenshots in the flow (same 12 points): Selenium median %.0f ms, Playwright %.0f ms.%n",
                ms(median(selenium, Run::screenshotNanos)), ms(median(playwright, Run::screenshotNanos))));
        out.append(String.format(Locale.ROOT, "Selenium time outside WebDriver commands (client-side waits/sleeps, Java): median %.0f ms.%n",
                ms(median(selenium, r -> r.flowNanos() - r.nanosInCommands()))));

        out.append(String.format(Locale.ROOT, "%nBy part of the guide (median ms; screenshots excluded)%n%-40s %10s %8s %10s %10s%n",
                "part", "Selenium", "cmds", "Playwright", "diff"));
        for (String phase : phases(selenium)) {
            double sp = median(selenium, r -> phaseNanos(r, phase));
            double pp = median(playwright, r -> phaseNanos(r, phase));
            out.append(String.format(Locale.ROOT, "%-40s %10.0f %8.0f %10.0f %+10.0f%n", phase, ms(sp),
                    median(selenium, r -> phaseCommands(r, phase)), ms(pp), ms(sp - pp)));
        }

        out.append(String.format(Locale.ROOT, "%nTop 10 slowest Selenium page-object calls (median over runs)%n%-52s %10s %8s%n",
                "call", "ms", "cmds"));
        Map<String, double[]> calls = callMedians(selenium);
        calls.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])).limit(10)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%-52s %10.0f %8.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1])));

        out.append(String.format(Locale.ROOT, "%nMost WebDriver commands per call (median)%n"));
        calls.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[1])).limit(8)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%-52s %10.0f %8.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1])));

        Run mid = selenium.stream().sorted(Comparator.comparingLong(Run::flowNanos)).toList().get(n / 2);
        out.append(String.format(Locale.ROOT, "%nWebDriver commands by name (median run, %d commands)%n%-28s %8s %10s %8s%n",
                mid.commands(), "command", "count", "total ms", "avg ms"));
        mid.commandsByName().entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
                .forEach(e -> out.append(String.format(Locale.ROOT, "%-28s %8d %10.0f %8.1f%n", e.getKey(), e.getValue()[0],
                        ms(e.getValue()[1]), ms(e.getValue()[1]) / e.getValue()[0])));
        out.append(String.format(Locale.ROOT, "%nPlaywright steps (median ms)%n"));
        callMedians(playwright).forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-52s %10.0f%n", k, v[0])));
        return out.toString();
    }

    private static List<String> phases(List<Run> runs) {
        List<String> out = new ArrayList<>();
        runs.get(0).timeline().calls().forEach(c -> {
            if (!out.contains(c.phase())) {
                out.add(c.phase());
            }
        });
        return out;
    }

    private static long phaseNanos(Run r, String phase) {
        return r.timeline().calls().stream().filter(c -> c.phase().equals(phase) && !c.name().equals("screenshot"))
                .mapToLong(Timeline.Call::nanos).sum();
    }

    private static long phaseCommands(Run r, String phase) {
        return r.timeline().calls().stream().filter(c -> c.phase().equals(phase) && !c.name().equals("screenshot"))
                .mapToLong(Timeline.Call::commands).sum();
    }

    /** Each named call (screenshots summed), median {ms, commands} over the runs, in flow order. */
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
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static void log(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
