package io.omharness.cli;

import io.omharness.browser.BrowserPreflight;
import io.omharness.browser.BrowserSession;
import io.omharness.config.HarnessConfig;
import io.omharness.doctor.DoctorReport;
import io.omharness.doctor.DoctorWalk;
import io.omharness.doctor.PageCheck;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.target.OrgAccess;
import io.omharness.ui.Ui;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * ./harness doctor: before the first setup on a real org, logs in to both systems and opens every page
 * the guide visits without creating or changing anything, and reports per page object which of its
 * locators resolve, with a screenshot of each page (reports/doctor/). Exit 1 when any does not.
 */
final class DoctorCommand {
    private DoctorCommand() {
    }

    static int run(HarnessConfig config, Workspace workspace, BrowserPreflight preflight, PrintStream out) {
        Path folder = workspace.reports().resolve("doctor");
        ReportsCheck.writable(workspace);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CliOptions.UsageError(folder + " is a file, not a folder: the doctor writes its screenshots there. "
                    + "Fix: move it away (mv " + folder + " " + folder + ".old) and run again.");
        }
        preflight.check(config.browser());
        clear(folder);
        List<PageCheck> pages;
        String header;
        try (HarnessRun run = HarnessRun.start(config)) {
            OrgAccess access = run.newOrgAccess();
            header = "harness doctor " + Instant.now() + ": profile '" + config.profile() + "', Genesys Cloud "
                    + access.genesys().appsUrl() + ", Salesforce " + access.salesforce().loginUrl();
            out.println("Doctor: " + header.substring("harness doctor ".length()) + " (read-only: nothing is created or changed)");
            BrowserSession browser = run.pool().borrow(config.timeouts().sync());
            try {
                Ui ui = new Ui(browser.driver(), config.timeouts().ui(), config.timeouts().poll());
                pages = new DoctorWalk(ui, access, config.orgs().salesforce().packageName(), folder, config.timeouts().ui(),
                        config.timeouts().sync(), verificationCode(run, access, out)).walk();
            } finally {
                run.pool().giveBack(browser);
            }
        }
        DoctorReport report = new DoctorReport(pages);
        out.print(report.table());
        out.println();
        out.println("Doctor: " + report.summary());
        out.println("Report: " + report.write(folder, header));
        return report.allFound() ? 0 : 1;
    }

    /** The sandbox's code comes from the twin (its test inbox); on a real org a person types the code they got. */
    private static Supplier<String> verificationCode(HarnessRun run, OrgAccess access, PrintStream out) {
        return () -> {
            if (run.twinControl().isPresent()) {
                return run.twinControl().get().verificationCode(access.sandboxTenantId().orElseThrow());
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalStateException("Salesforce asks to verify your identity and there is no terminal to type "
                        + "the code into: run ./harness doctor in a terminal, or log in once by hand in this org first");
            }
            out.flush();
            return console.readLine("Salesforce sent a verification code (e-mail or app); type it: ").trim();
        };
    }

    /** The screenshots and summary of the previous doctor run go: what is there is this run's. */
    private static void clear(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".png") || f.getFileName().toString().equals("doctor.txt")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new CliOptions.UsageError(folder.toAbsolutePath() + " is not writable (" + e.getMessage() + "): the doctor "
                    + "writes its screenshots there. Fix: chmod -R u+w " + folder + ", then run again.");
        }
    }
}
