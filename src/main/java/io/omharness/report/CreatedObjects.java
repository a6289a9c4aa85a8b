package io.omharness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.Redactor;
import io.qameta.allure.model.Link;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a scenario created: a JSON attachment ("Created objects") that reports/guide.html reads back to
 * show the ids at the guide's step, and Allure links to each object in the product's UI.
 * <p>
 * The links go on the test result, which Allure lets no @After hook touch (a hook runs as a fixture);
 * so the hook hands the list over, keyed by its thread, and {@link AllureMetadata} takes it when the
 * scenario stops on that same thread.
 */
public final class CreatedObjects {
    public static final String ATTACHMENT = "Created objects";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Long, List<CreatedObject>> HANDED_OVER = new ConcurrentHashMap<>();

    /** One object; {@code guideStep} is its number in the guide's section number {@code guideSection} (from 0). */
    public record CreatedObject(String kind, String name, String id, String url, int guideSection, int guideStep) {
        String label() {
            return kind + " " + name + (id == null ? "" : " (" + id + ")");
        }
    }

    private CreatedObjects() {
    }

    /** The JSON to attach to the scenario; hands the list over for the scenario's links. */
    public static byte[] record(List<CreatedObject> objects) {
        HANDED_OVER.put(Thread.currentThread().getId(), List.copyOf(objects));
        try {
            return Redactor.redact(JSON.writeValueAsString(objects)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Links for what this thread's scenario created (once). */
    static List<Link> takeLinks() {
        List<CreatedObject> objects = HANDED_OVER.remove(Thread.currentThread().getId());
        return objects == null ? List.of() : objects.stream().filter(o -> o.url() != null)
                .map(o -> new Link().setName(Redactor.redact(o.label())).setUrl(o.url()).setType("created")).toList();
    }

    static List<CreatedObject> parse(String json) {
        try {
            return List.of(JSON.readValue(json, CreatedObject[].class));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
