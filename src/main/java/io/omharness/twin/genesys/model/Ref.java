package io.omharness.twin.genesys.model;

/** A reference to another entity, as the API embeds it: {id, name, selfUri}. */
public record Ref(String id, String name, String selfUri) {
}
