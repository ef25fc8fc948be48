package io.github.influxauth.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.influxauth.model.Api;
import io.github.influxauth.model.Authorization;
import io.github.influxauth.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the renderer for a several-server listing: each format as for one server, with the config
 * each token came from: a first CONFIG column (table, csv), {@code {"config","token"}} lines
 * (ndjson), one object per config (json), a {@code Config:} line (detail).
 */
public final class FleetRenderers {

    private FleetRenderers() {}

    public static FleetRenderer of(Format format, PrintWriter out, RenderOptions options) {
        return switch (format) {
            case table -> new Table(out, options);
            case csv -> new Csv(out, options);
            case ndjson -> new Ndjson(out, options.showTokens());
            case json -> new Json(out, options.showTokens());
            case detail -> new Detail(out, options);
        };
    }

    /** Held until the end: the columns depend on the APIs of the servers that answered. */
    private static final class Table implements FleetRenderer {
        private final PrintWriter out;
        private final RenderOptions options;
        private final List<String> configs = new ArrayList<>();
        private final List<Authorization> tokens = new ArrayList<>();

        Table(PrintWriter out, RenderOptions options) {
            this.out = out;
            this.options = options;
        }

        @Override
        public void add(String config, Authorization token) {
            configs.add(config);
            tokens.add(token);
        }

        @Override
        public void finish(List<ConfigOutcome> outcomes) {
            Set<Api> apis = new HashSet<>();
            for (ConfigOutcome o : outcomes) {
                if (!o.failed() && o.api() != null) {
                    apis.add(o.api());
                }
            }
            Api api = apis.size() > 1 ? null : apis.contains(Api.V3) ? Api.V3 : Api.V2;
            boolean anyValue = tokens.stream().anyMatch(a -> Tokens.isDisclosed(a.token()));
            List<FleetColumns.Column> columns = FleetColumns.table(api, options, anyValue);
            String[] header = new String[columns.size() + 1];
            header[0] = "CONFIG";
            for (int i = 0; i < columns.size(); i++) {
                header[i + 1] = columns.get(i).header();
            }
            TextTable table = new TextTable(header, options.headers(), options.columns());
            for (int r = 0; r < tokens.size(); r++) {
                String[] row = new String[header.length];
                row[0] = TerminalText.escape(configs.get(r));
                for (int i = 0; i < columns.size(); i++) {
                    row[i + 1] = columns.get(i).cell().apply(tokens.get(r));
                }
                table.add(row);
            }
            table.print(out);
        }
    }

    /** Written as each token comes: the columns are the same whichever servers answer. */
    private static final class Csv implements FleetRenderer {
        private final PrintWriter out;
        private final boolean showTokens;
        private boolean headerDue;

        Csv(PrintWriter out, RenderOptions options) {
            this.out = out;
            this.showTokens = options.showTokens();
            this.headerDue = options.headers();
        }

        /** Waits for the first row or the end, so that a run whose servers all fail at once prints nothing. */
        private void header() {
            if (headerDue) {
                out.print(FleetColumns.CSV_HEADER + "\r\n");
                headerDue = false;
            }
        }

        @Override
        public void add(String config, Authorization token) {
            header();
            StringBuilder line = new StringBuilder(256).append(CsvRenderer.cell(config, false));
            String[] fields = FleetColumns.csv(token, showTokens);
            for (int i = 0; i < fields.length; i++) {
                line.append(',').append(CsvRenderer.cell(fields[i], i == FleetColumns.CSV_TOKEN));
            }
            out.print(line.append("\r\n"));
        }

        @Override
        public void finish(List<ConfigOutcome> configs) {
            header();
            out.flush();
        }

        @Override
        public boolean streams() {
            return true;
        }
    }

    /** {@code {"config":NAME,"token":{…the server's object…}}}, a line each, as each comes. */
    private static final class Ndjson implements FleetRenderer {
        private final PrintWriter out;
        private final boolean showTokens;

        Ndjson(PrintWriter out, boolean showTokens) {
            this.out = out;
            this.showTokens = showTokens;
        }

        @Override
        public void add(String config, Authorization token) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("config", config);
            line.set("token", JsonOutput.printable(token.raw(), showTokens));
            // One write a record: output stopped between writes (by a signal) then ends on a whole line.
            out.print(JsonOutput.line(line));
        }

        @Override
        public void finish(List<ConfigOutcome> configs) {
            out.flush();
        }

        @Override
        public boolean streams() {
            return true;
        }
    }

    /** One object per config, in the configs file's order: its tokens, or its error. */
    private static final class Json implements FleetRenderer {
        private final PrintWriter out;
        private final boolean showTokens;
        private final Map<String, ArrayNode> tokens = new LinkedHashMap<>();

        Json(PrintWriter out, boolean showTokens) {
            this.out = out;
            this.showTokens = showTokens;
        }

        @Override
        public void add(String config, Authorization token) {
            tokens.computeIfAbsent(config, c -> JsonNodeFactory.instance.arrayNode())
                    .add(JsonOutput.printable(token.raw(), showTokens));
        }

        @Override
        public void finish(List<ConfigOutcome> configs) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            for (ConfigOutcome o : configs) {
                ObjectNode config = all.addObject();
                config.put("config", o.config());
                config.put("host", o.host());
                if (o.failed()) {
                    ObjectNode error = config.putObject("error");
                    error.put("message", o.error());
                    error.put("exit", o.exit());
                    continue;
                }
                if (o.api() != null) {
                    config.put("api", o.api().name().toLowerCase(Locale.ROOT));
                }
                ArrayNode list = tokens.get(o.config());
                config.set("tokens", list != null ? list : JsonNodeFactory.instance.arrayNode());
            }
            JsonOutput.pretty(all, out);
        }
    }

    /** The {@code get} view of each token, after a line naming its config. */
    private static final class Detail implements FleetRenderer {
        private final PrintWriter out;
        private final RenderOptions options;
        private boolean first = true;

        Detail(PrintWriter out, RenderOptions options) {
            this.out = out;
            this.options = options;
        }

        @Override
        public void add(String config, Authorization token) {
            out.print((first ? "" : "\n") + String.format("%-14s%s", "Config:", TerminalText.escape(config)) + "\n");
            first = false;
            ListRenderer one = Renderers.list(Format.detail, token.api(), out, options);
            one.add(token);
            one.finish();
        }

        @Override
        public void finish(List<ConfigOutcome> configs) {
            out.flush();
        }
    }
}
