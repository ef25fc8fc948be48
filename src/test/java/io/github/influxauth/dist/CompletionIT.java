package io.github.influxauth.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.influxauth.testing.Processes;
import io.github.influxauth.testing.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A real bash sources the generated script and is asked for completions the way readline asks. */
class CompletionIT {

    static final String SCRIPT =
            Processes.PROJECT.resolve("target/completions/influx-auth.bash").toString();

    /**
     * Sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT for the words given (the last one being completed),
     * calls the function that `complete -p influx-auth` names, and prints COMPREPLY sorted, space-separated.
     * compopt only works inside a completion that readline started, so it is a no-op here.
     */
    static final String COMPLETE = """
            compopt() { :; }
            ask() {
              COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
              COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
              fn=$(complete -p influx-auth | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')
              "$fn" influx-auth "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
              printf '%s\\n' "${COMPREPLY[@]}" | sort | tr '\\n' ' ' | sed 's/ $//'
            }
            """;

    @Test
    void sourcingWhatTheCommandPrintsCompletesLiToList() throws Exception {
        String jar = Processes.PROJECT.resolve("target/influx-auth.jar").toString();
        String java = DistributionIT.java();
        Result r = bash(
                "source <(\"$1\" -jar \"$2\" completion bash)\n" + "complete -p influx-auth\n" + COMPLETE
                        + "ask influx-auth li\n",
                java,
                jar);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                "complete -o default -F _complete_influx-auth influx-auth\nlist",
                r.out().strip(),
                r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            influx-auth ''                    | audit auth completion find get list ls
            influx-auth l                     | list ls
            influx-auth auth ''               | find get list ls
            influx-auth list --form           | --format
            influx-auth list --format ''      | csv detail json ndjson table
            influx-auth ls --format n         | ndjson
            influx-auth get --format ''       | csv detail json ndjson table
            influx-auth list --status ''      | active expired inactive
            influx-auth auth list --status i  | inactive
            influx-auth find --sort ''        | created description expiry id status updated user
            influx-auth list --api ''         | auto v2 v3
            influx-auth --api v               | v2 v3
            influx-auth completion ''         | bash zsh
            influx-auth audit --fail-on ''    | critical high low medium
            influx-auth audit --rule miss     | missing-resource
            """)
    void completesSubcommandsOptionsAndEnumeratedValues(String words, String expected) throws Exception {
        StringBuilder call = new StringBuilder("ask");
        for (String word : words.split(" ")) {
            call.append(' ').append(word.equals("''") ? "''" : word);
        }
        Result r = bash("source \"$1\"\n" + COMPLETE + call + "\n", SCRIPT);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(expected, r.out().strip(), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    private static Result bash(String script, String... args) throws Exception {
        List<String> command =
                new java.util.ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", script, "bash"));
        command.addAll(List.of(args));
        return Processes.run(command, Map.of());
    }
}
