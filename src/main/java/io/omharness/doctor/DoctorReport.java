package io.omharness.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The doctor's findings: a table per page for the console, and a short summary file. */
public final class DoctorReport {
    private final List<PageCheck> pages;

    public DoctorReport(List<PageCheck> pages) {
        this.pages = List.copyOf(pages);
    }

    public boolean allFound() {
        return pages.stream().allMatch(PageCheck::ok);
    }

    /** Per page: its page object and screenshot, then each landmark and whether it resolved. */
    public String table() {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (PageCheck page : pages) {
            number++;
            out.append(String.format("%n%2d. %s%s   %s%n", number, page.page(),
                    page.pageObject().isEmpty() ? "" : " (" + page.pageObject() + ")",
                    page.ok() ? "ok" : "PROBLEM"));
            page.screenshot().ifPresent(shot -> out.append("    screenshot: ").append(shot).append('\n'));
            page.problem().ifPresent(problem -> out.append("    ").append(problem).append('\n'));
            if (!page.locators().isEmpty()) {
                int width = Math.max(40, page.locators().stream().mapToInt(l -> l.locator().length()).max().orElse(0));
                out.append(String.format("    %-" + width + "s  %s%n", "Locator", "Result"));
                page.locators().forEach(l -> out.append(String.format("    %-" + width + "s  %s%n", l.locator(), l.result())));
            }
        }
        return out.toString();
    }

    /** One line: pages reached, landmarks found and not found. */
    public String summary() {
        long reached = pages.stream().filter(p -> p.problem().isEmpty() || !p.locators().isEmpty()).count();
        long locators = pages.stream().mapToLong(p -> p.locators().size()).sum();
        long found = pages.stream().flatMap(p -> p.locators().stream()).filter(PageCheck.LocatorCheck::found).count();
        return pages.size() + " pages, " + reached + " reached; " + locators + " locators, " + found + " found, "
                + (locators - found) + " not found: " + (allFound() ? "everything setup uses resolves" : "setup would fail here");
    }

    /** reports/doctor/doctor.txt: the summary, then only what did not resolve or could not be reached. */
    public Path write(Path folder, String header) {
        StringBuilder text = new StringBuilder(header).append('\n').append(summary()).append('\n');
        for (PageCheck page : pages) {
            if (page.ok()) {
                text.append("ok       ").append(page.page()).append('\n');
                continue;
            }
            text.append("PROBLEM  ").append(page.page()).append(page.pageObject().isEmpty() ? "" : " (" + page.pageObject() + ")")
                    .append(page.screenshot().map(s -> "  [" + s.getFileName() + "]").orElse("")).append('\n');
            page.problem().ifPresent(p -> text.append("           ").append(p).append('\n'));
            page.locators().stream().filter(l -> !l.found())
                    .forEach(l -> text.append("           ").append(l.result()).append(": ").append(l.locator()).append('\n'));
        }
        Path file = folder.resolve("doctor.txt");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
