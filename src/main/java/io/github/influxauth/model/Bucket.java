package io.github.influxauth.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The part of a bucket that permission checks need. */
public record Bucket(String id, String name, String orgID) {

    /** @throws IllegalArgumentException when the node is not a bucket object with an ID */
    public static Bucket fromJson(JsonNode node) {
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw new IllegalArgumentException("a bucket without an id");
        }
        return new Bucket(
                node.path("id").asText(),
                node.path("name").asText(null),
                node.path("orgID").asText(null));
    }
}
