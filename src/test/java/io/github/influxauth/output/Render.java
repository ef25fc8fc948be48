package io.github.influxauth.output;

import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a renderer the way the commands do, through {@link Renderers}, and returns all it wrote. */
final class Render {

    static final RenderOptions HEADERS = new RenderOptions(true, false);
    static final RenderOptions NO_HEADERS = new RenderOptions(false, false);
    static final RenderOptions SHOW_TOKENS = new RenderOptions(true, true);

    private Render() {}

    /** A listing: each authorization added in order, then finished. */
    static String list(Format format, RenderOptions options, Authorization... authorizations) {
        StringWriter out = new StringWriter();
        ListRenderer renderer = Renderers.list(format, Api.V2, new PrintWriter(out), options);
        for (Authorization a : authorizations) {
            renderer.add(a);
        }
        renderer.finish();
        return out.toString();
    }

    /** One authorization, as {@code get} prints it. */
    static String one(Format format, RenderOptions options, Authorization authorization) {
        StringWriter out = new StringWriter();
        Renderers.one(format, authorization, new PrintWriter(out), options);
        return out.toString();
    }
}
