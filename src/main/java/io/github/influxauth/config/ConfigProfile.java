package io.github.influxauth.config;

/** One table of the influx CLI's configs file. Fields missing from the file are null. */
public record ConfigProfile(String name, String url, String token, String org, boolean active) {}
