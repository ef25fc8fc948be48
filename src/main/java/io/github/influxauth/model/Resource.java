package io.github.influxauth.model;

/**
 * What a permission applies to. Every field but {@code type} may be absent (null): no {@code id}
 * means every resource of the type, no {@code orgID} means every org. {@code type} is an open
 * string because servers add resource types over time.
 */
public record Resource(String type, String id, String orgID, String name, String org) {}
