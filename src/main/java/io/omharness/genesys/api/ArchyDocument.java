package io.omharness.genesys.api;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Archy YAML documents, written with a YAML emitter so that any name is quoted correctly. */
final class ArchyDocument {
    private static final String INITIAL_STATE = "Initial State_10";

    private ArchyDocument() {
    }

    /** An inboundShortMessage flow whose Initial State transfers to the queue (the guide's steps 2-5). */
    static String inboundMessageFlow(String name, String description, String queueName) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("name", "Transfer to ACD");
        transfer.put("targetQueue", Map.of("lit", Map.of("name", queueName)));
        transfer.put("priority", Map.of("lit", 0));
        transfer.put("preferredAgents", Map.of("noValue", true));
        transfer.put("languageSkill", Map.of("noValue", true));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", "Initial State");
        state.put("refId", INITIAL_STATE);
        state.put("actions", List.of(Map.of("transferToAcd", transfer), Map.of("disconnect", Map.of("name", "Disconnect"))));
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("name", name);
        flow.put("description", description);
        flow.put("division", "Home");
        flow.put("startUpRef", "/inboundShortMessage/states/state[" + INITIAL_STATE + "]");
        flow.put("defaultLanguage", "en-us");
        flow.put("supportedLanguages", Map.of("en-us", Map.of("defaultLanguageSkill", Map.of("noValue", true))));
        flow.put("settingsErrorHandling", Map.of("errorHandling", Map.of("disconnect", Map.of("none", true))));
        flow.put("states", List.of(Map.of("state", state)));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(Map.of("inboundShortMessage", flow));
    }
}
