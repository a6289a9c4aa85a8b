package io.omharness.twin.genesys.model;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Name rules shared by the API: required names and the `name` query filter (case-insensitive, `*` wildcards). */
public final class Names {
    private Names() {
    }

    public static String required(String name, String what) {
        if (name == null || name.isBlank()) {
            throw GenesysError.badRequest("The " + what + " name is required.");
        }
        return name.trim();
    }

    /** A filter for `?name=`: null or blank matches everything. */
    public static Predicate<String> filter(String query) {
        if (query == null || query.isBlank()) {
            return name -> true;
        }
        String regex = Arrays.stream(query.trim().split("\\*", -1))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(Collectors.joining(".*"));
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return name -> name != null && pattern.matcher(name).matches();
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}
