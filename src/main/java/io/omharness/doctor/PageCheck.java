package io.omharness.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One page of the doctor's walk: the page object that works on it, whether the walk reached it (and if
 * not, why), what each of its landmarks gave, and the screenshot taken there.
 */
public record PageCheck(String page, String pageObject, Optional<String> problem, List<LocatorCheck> locators,
                        Optional<Path> screenshot) {

    /** Reached, left again if it had to be, and every landmark found. */
    public boolean ok() {
        return problem.isEmpty() && locators.stream().allMatch(LocatorCheck::found);
    }

    /** What one landmark gave: found, not found, or a locator mistake (several matches, a bad selector). */
    public record LocatorCheck(String locator, String result) {
        static final String FOUND = "found";
        static final String NOT_FOUND = "NOT FOUND";

        public boolean found() {
            return result.equals(FOUND);
        }
    }
}
