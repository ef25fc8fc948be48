package io.github.influxauth.output;

/** What the user asked of human output: a header line, and whether token values are shown whole. */
public record RenderOptions(boolean headers, boolean showTokens) {}
