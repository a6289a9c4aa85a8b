package io.omharness.twin.salesforce.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SOQL the twin understands: {@code SELECT f1, f2 FROM Object [WHERE f = 'v' [AND f LIKE 'v%']...]
 * [ORDER BY f [ASC|DESC]] [LIMIT n]}. Anything else is a MALFORMED_QUERY, as a real org would answer
 * for a query it cannot parse.
 */
public record Soql(List<String> fields, String object, List<Condition> where, String orderBy, boolean descending, Integer limit) {
    private static final Pattern QUERY = Pattern.compile(
            "(?is)^\\s*SELECT\\s+(?<fields>.+?)\\s+FROM\\s+(?<object>[A-Za-z_][A-Za-z0-9_]*)"
                    + "(?:\\s+WHERE\\s+(?<where>.+?))?"
                    + "(?:\\s+ORDER\\s+BY\\s+(?<order>[A-Za-z_][A-Za-z0-9_.]*)(?:\\s+(?<dir>ASC|DESC))?)?"
                    + "(?:\\s+LIMIT\\s+(?<limit>\\d+))?\\s*$");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern CONDITION = Pattern.compile(
            "(?is)^\\s*(?<field>[A-Za-z_][A-Za-z0-9_.]*)\\s*(?<op>=|!=|LIKE)\\s*'(?<value>(?:[^'\\\\]|\\\\.)*)'\\s*");

    public static Soql parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed("The query is empty.");
        }
        Matcher m = QUERY.matcher(text);
        if (!m.matches()) {
            throw malformed("unexpected token: the twin supports SELECT <fields> FROM <object> [WHERE <field> = '<value>' "
                    + "[AND ...]] [ORDER BY <field> [ASC|DESC]] [LIMIT <n>]");
        }
        List<String> fields = new ArrayList<>();
        for (String f : m.group("fields").split(",")) {
            String field = f.trim();
            if (!FIELD.matcher(field).matches()) {
                throw malformed("unexpected token: '" + field + "'");
            }
            fields.add(field);
        }
        List<Condition> where = m.group("where") == null ? List.of() : conditions(m.group("where"));
        Integer limit = m.group("limit") == null ? null : Integer.valueOf(m.group("limit"));
        return new Soql(List.copyOf(fields), m.group("object"), where, m.group("order"),
                "DESC".equalsIgnoreCase(m.group("dir")), limit);
    }

    private static List<Condition> conditions(String text) {
        List<Condition> out = new ArrayList<>();
        String rest = text;
        while (true) {
            Matcher c = CONDITION.matcher(rest);
            if (!c.lookingAt()) {
                throw malformed("unexpected token in WHERE: '" + rest.trim() + "'");
            }
            out.add(new Condition(c.group("field"), c.group("op").toUpperCase(Locale.ROOT),
                    c.group("value").replaceAll("\\\\(.)", "$1")));
            rest = rest.substring(c.end());
            if (rest.isBlank()) {
                return out;
            }
            Matcher and = Pattern.compile("(?i)^AND\\s+").matcher(rest);
            if (!and.lookingAt()) {
                throw malformed("unexpected token in WHERE: '" + rest.trim() + "' (only AND is supported)");
            }
            rest = rest.substring(and.end());
        }
    }

    private static SoqlException malformed(String detail) {
        return new SoqlException("MALFORMED_QUERY", detail);
    }

    /** One WHERE comparison: {@code =}, {@code !=} or {@code LIKE} (with % wildcards), case-insensitive as SOQL is. */
    public record Condition(String field, String operator, String value) {
        public boolean test(Object actual) {
            String a = actual == null ? "" : actual.toString();
            return switch (operator) {
                case "=" -> a.equalsIgnoreCase(value);
                case "!=" -> !a.equalsIgnoreCase(value);
                default -> a.toLowerCase(Locale.ROOT).matches(likePattern(value.toLowerCase(Locale.ROOT)));
            };
        }

        private static String likePattern(String like) {
            return String.join(".*", java.util.Arrays.stream(like.split("%", -1)).map(Pattern::quote).toList());
        }
    }
}
