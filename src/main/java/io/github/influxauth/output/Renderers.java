package io.github.influxauth.output;

import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;

/** Picks the renderer for a format. */
public final class Renderers {

    private Renderers() {}

    public static ListRenderer list(Format format, PrintWriter out, RenderOptions options) {
        return switch (format) {
            case table -> new TableRenderer(out, options);
            case json -> new JsonRenderer(out);
            case ndjson -> new NdjsonRenderer(out);
            case csv -> new CsvRenderer(out, options);
            case detail -> new DetailRenderer(out, options);
        };
    }

    /** One authorization: JSON as a single object, not an array. */
    public static void one(Format format, Authorization authorization, PrintWriter out, RenderOptions options) {
        if (format == Format.json) {
            JsonRenderer.writeOne(authorization, out);
            return;
        }
        ListRenderer renderer = list(format, out, options);
        renderer.add(authorization);
        renderer.finish();
    }
}
