package io.omharness.twin.genesys.model;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an Archy YAML flow document the twin understands: the flow type (the top-level key,
 * e.g. inboundShortMessage), name, description, division, and the Transfer to ACD actions of the
 * state or task that startUpRef names. Other actions are accepted and not modelled.
 */
public record ArchyFlow(String type, String name, String description, String division, List<Transfer> transfers) {
    private static final Pattern START_UP_REF = Pattern.compile("(states/state|tasks/task)\\[(.+)]$");

    /** A transferToAcd action: targetQueue {lit: {name}} (null when it has no literal queue). */
    public record Transfer(String name, String queueName, int priority) {
    }

    /** Parses the document; a document Archy would refuse is an IllegalArgumentException saying why. */
    public static ArchyFlow parse(String yaml) {
        Object document = load(yaml);
        if (!(document instanceof Map<?, ?> root) || root.size() != 1) {
            throw new IllegalArgumentException("An Archy flow document has one top-level key naming the flow type, "
                    + "e.g. inboundShortMessage.");
        }
        String key = String.valueOf(root.keySet().iterator().next());
        String type = key.toLowerCase(Locale.ROOT);
        if (!Flows.TYPES.contains(type)) {
            throw new IllegalArgumentException("'" + key + "' is not an Architect flow type.");
        }
        Map<?, ?> flow = map(root.get(key), key);
        String name = text(flow.get("name"));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The flow has no name.");
        }
        List<Transfer> transfers = new ArrayList<>();
        for (Object item : startUpActions(flow, key)) {
            Map<?, ?> action = map(item, "an action");
            if (action.get("transferToAcd") != null) {
                transfers.add(transfer(map(action.get("transferToAcd"), "transferToAcd")));
            }
        }
        return new ArchyFlow(type, name.trim(), text(flow.get("description")), text(flow.get("division")), List.copyOf(transfers));
    }

    private static Object load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml == null ? "" : yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("The flow document is not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** The actions of the state or task startUpRef points at, e.g. /inboundShortMessage/states/state[Initial State_10]. */
    private static List<?> startUpActions(Map<?, ?> flow, String key) {
        String ref = text(flow.get("startUpRef"));
        Matcher m = START_UP_REF.matcher(ref == null ? "" : ref.trim());
        if (!m.find()) {
            throw new IllegalArgumentException("startUpRef must name a state or task, e.g. /" + key
                    + "/states/state[Initial State_10].");
        }
        boolean state = m.group(1).startsWith("states");
        String listKey = state ? "states" : "tasks";
        String itemKey = state ? "state" : "task";
        Object list = flow.get(listKey);
        for (Object entry : list instanceof List<?> l ? l : List.of()) {
            Map<?, ?> item = map(map(entry, listKey).get(itemKey), itemKey);
            String refId = text(item.get("refId")) != null ? text(item.get("refId")) : text(item.get("name"));
            if (m.group(2).equals(refId)) {
                return item.get("actions") instanceof List<?> actions ? actions : List.of();
            }
        }
        throw new IllegalArgumentException("startUpRef " + ref + " names no " + itemKey + " of the flow.");
    }

    private static Transfer transfer(Map<?, ?> action) {
        String name = text(action.get("name"));
        String queue = null;
        if (action.get("targetQueue") instanceof Map<?, ?> target && target.get("lit") instanceof Map<?, ?> lit) {
            queue = text(lit.get("name"));
        }
        int priority = 0;
        if (action.get("priority") instanceof Map<?, ?> p && p.get("lit") instanceof Number n) {
            priority = n.intValue();
        }
        return new Transfer(name == null ? "Transfer to ACD" : name, queue, priority);
    }

    private static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("Expected a mapping for " + what + ".");
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
