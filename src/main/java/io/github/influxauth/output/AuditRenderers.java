package io.github.influxauth.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.audit.Finding;
import io.github.influxauth.model.Api;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The audit's findings, one a row: {@code SEVERITY RULE [CONFIG] ID DESCRIPTION WHY} (table, csv),
 * or one object each with those fields (json, ndjson). The CONFIG column comes only with several
 * servers. DESCRIPTION is an InfluxDB 3 token's name.
 */
public final class AuditRenderers {

    private AuditRenderers() {}

    /**
     * @param configs whether the findings come from several configs (a CONFIG column)
     * @param why     the words of each finding's why, raw: escaped here
     */
    public static void write(
            Format format,
            List<Finding> findings,
            boolean configs,
            Function<Finding, String> why,
            PrintWriter out,
            RenderOptions options) {
        switch (format) {
            case table -> table(findings, configs, why, out, options);
            case csv -> csv(findings, configs, why, out, options);
            case json -> {
                ArrayNode all = JsonNodeFactory.instance.arrayNode();
                findings.forEach(f -> all.add(object(f, configs, why)));
                JsonOutput.pretty(all, out);
            }
            case ndjson -> ndjson(findings, configs, why, out);
            case detail -> throw new IllegalArgumentException("no detail view of findings");
        }
    }

    private static List<String> fields(Finding f, boolean configs, Function<Finding, String> why) {
        List<String> fields =
                new ArrayList<>(List.of(f.severity().name(), f.rule().ruleName()));
        if (configs) {
            fields.add(f.config());
        }
        fields.add(f.token().id());
        fields.add(description(f));
        fields.add(why.apply(f));
        return fields;
    }

    private static List<String> header(boolean configs) {
        List<String> header = new ArrayList<>(List.of("severity", "rule"));
        if (configs) {
            header.add("config");
        }
        header.addAll(List.of("id", "description", "why"));
        return header;
    }

    private static String description(Finding f) {
        return f.token().api() == Api.V3 ? f.token().name() : f.token().description();
    }

    private static void table(
            List<Finding> findings,
            boolean configs,
            Function<Finding, String> why,
            PrintWriter out,
            RenderOptions options) {
        TextTable table = new TextTable(
                header(configs).stream().map(h -> h.toUpperCase(Locale.ROOT)).toArray(String[]::new),
                options.headers(),
                options.columns());
        for (Finding f : findings) {
            table.add(fields(f, configs, why).stream().map(TerminalText::escape).toArray(String[]::new));
        }
        table.print(out);
    }

    private static void csv(
            List<Finding> findings,
            boolean configs,
            Function<Finding, String> why,
            PrintWriter out,
            RenderOptions options) {
        if (options.headers()) {
            out.print(String.join(",", header(configs)) + "\r\n");
        }
        for (Finding f : findings) {
            List<String> quoted = new ArrayList<>();
            for (String field : fields(f, configs, why)) {
                quoted.add(CsvRenderer.cell(field, false));
            }
            out.print(String.join(",", quoted) + "\r\n");
        }
        out.flush();
    }

    private static ObjectNode object(Finding f, boolean configs, Function<Finding, String> why) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        List<String> names = header(configs);
        List<String> values = fields(f, configs, why);
        for (int i = 0; i < names.size(); i++) {
            o.put(names.get(i), values.get(i));
        }
        return o;
    }

    private static void ndjson(
            List<Finding> findings, boolean configs, Function<Finding, String> why, PrintWriter out) {
        for (Finding f : findings) {
            out.print(JsonOutput.line(object(f, configs, why)));
        }
        out.flush();
    }
}
