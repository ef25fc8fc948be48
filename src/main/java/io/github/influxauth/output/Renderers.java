package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.util.Set;

/** Picks the renderer for a format. */
public final class Renderers {

    private Renderers() {}

    /** @param api the API of the server listed: table and csv columns depend on it */
    public static ListRenderer list(Format format, Api api, PrintWriter out, RenderOptions options) {
        return switch (format) {
            case table -> new TableRenderer(out, options, api);
            case json -> new JsonRenderer(out, options.showTokens());
            case ndjson -> new NdjsonRenderer(out, options.showTokens());
            case csv -> new CsvRenderer(out, options, api);
            case detail -> new DetailRenderer(out, options);
        };
    }

    /** One authorization: JSON as a single object, not an array. */
    public static void one(Format format, Authorization authorization, PrintWriter out, RenderOptions options) {
        one(format, authorization, out, options, Set.of());
    }

    /** The same; the detail view marks the permissions on {@code missingBuckets} as not found. */
    public static void one(
            Format format,
            Authorization authorization,
            PrintWriter out,
            RenderOptions options,
            Set<String> missingBuckets) {
        if (format == Format.detail) {
            ListRenderer detail = new DetailRenderer(out, options, missingBuckets);
            detail.add(authorization);
            detail.finish();
            return;
        }
        if (format == Format.json) {
            JsonRenderer.writeOne(authorization, out, options.showTokens());
            return;
        }
        ListRenderer renderer = list(format, authorization.api(), out, options);
        renderer.add(authorization);
        renderer.finish();
    }
}
