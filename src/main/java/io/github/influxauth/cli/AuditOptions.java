package io.github.influxauth.cli;

import io.github.influxauth.audit.AuditSettings;
import io.github.influxauth.audit.Rule;
import io.github.influxauth.audit.Severity;
import io.github.influxauth.config.Durations;
import io.github.influxauth.failure.ConfigFailure;
import io.github.influxauth.failure.Origin;
import io.github.influxauth.text.EditDistance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What {@code audit} checks and when it fails: its rules, their limits, the severity a CI job stops at. */
public class AuditOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--rule",
            paramLabel = "NAME",
            completionCandidates = RuleNames.class,
            description = "Check only this rule; repeatable. Rules: ${COMPLETION-CANDIDATES}.")
    List<String> rules = new ArrayList<>();

    @Option(
            names = "--skip-rule",
            paramLabel = "NAME",
            completionCandidates = RuleNames.class,
            description = "Do not check this rule; repeatable.")
    List<String> skipped = new ArrayList<>();

    @Option(
            names = "--max-age",
            paramLabel = "DURATION",
            description = "older-than: tokens created longer ago than DURATION, e.g. 180d (default: 365d).")
    String maxAge;

    @Option(
            names = "--expiring-within",
            paramLabel = "DURATION",
            description = "expiring-soon: InfluxDB 3 tokens that expire within DURATION from now (default: 14d).")
    String expiringWithin;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description = "Exit 5 when a finding is at or above SEVERITY: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    /** The rule names, for completion and help. */
    static final class RuleNames extends ArrayList<String> {
        RuleNames() {
            super(Arrays.stream(Rule.values()).map(Rule::ruleName).toList());
        }
    }

    /** Checked before any request: a misspelt rule would silently check nothing. */
    AuditSettings settings(Instant now) {
        Set<Rule> chosen = rules.isEmpty() ? EnumSet.allOf(Rule.class) : EnumSet.noneOf(Rule.class);
        for (String name : rules) {
            chosen.add(rule("--rule", name));
        }
        for (String name : skipped) {
            chosen.remove(rule("--skip-rule", name));
        }
        return new AuditSettings(
                now,
                duration("--max-age", maxAge, AuditSettings.DEFAULT_MAX_AGE),
                duration("--expiring-within", expiringWithin, AuditSettings.DEFAULT_EXPIRING_WITHIN),
                chosen);
    }

    Severity failOn() {
        return failOn;
    }

    private Rule rule(String option, String name) {
        Rule rule = Rule.named(name);
        if (rule != null) {
            return rule;
        }
        String near = new RuleNames()
                .stream()
                        .filter(r -> r.contains(name.toLowerCase(Locale.ROOT)) || EditDistance.between(name, r) <= 3)
                        .min(Comparator.comparingInt(r -> EditDistance.between(name, r)))
                        .orElse(null);
        throw new ParameterException(
                mixee.commandLine(),
                option + ": unknown rule \"" + name + "\"" + (near != null ? " (did you mean " + near + "?)" : "")
                        + "; rules: " + String.join(", ", new RuleNames()));
    }

    private Duration duration(String option, String value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Durations.parse(value, Origin.option(option));
        } catch (ConfigFailure e) {
            throw new ParameterException(
                    mixee.commandLine(), option + " takes a duration such as 365d, 12h or 2w, not \"" + value + "\"");
        }
    }
}
