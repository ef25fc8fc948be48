package io.github.influxauth.model;

/** The part of a bucket that permission checks need. */
public record Bucket(String id, String name, String orgID) {}
