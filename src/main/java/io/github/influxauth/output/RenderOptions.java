package io.github.influxauth.output;

/**
 * What the user asked of human output: a header line, whether token values are shown whole, and the
 * width of the terminal the table must fit (0: not a terminal, or {@code --wide}: never shortened).
 */
public record RenderOptions(boolean headers, boolean showTokens, int columns) {

    public RenderOptions(boolean headers, boolean showTokens) {
        this(headers, showTokens, 0);
    }
}
