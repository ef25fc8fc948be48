package io.github.influxauth.filter;

/**
 * One resource that {@code --can} asks about, as far as it is known. {@code id} is null when the
 * resource was given by a name that could not be resolved, and then {@code name} is matched
 * instead. {@code orgID} (else {@code org}, a name) is the resource's org; when both are null,
 * org-wide permissions of every org count.
 */
public record CanTarget(String id, String name, String orgID, String org) {}
