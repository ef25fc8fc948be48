package io.github.influxauth.failure;

/**
 * Every failure the tool expects: plain facts and an exit code, never user-facing sentences. The
 * one place that words them is {@code cli}'s message catalogue, through {@link Visitor}: Java 17
 * has no pattern-matching switch, and a visitor is the switch the compiler checks for
 * exhaustiveness, so a new kind of failure cannot go unworded.
 *
 * <p>The exception message is for maintainers ({@code --debug}); it never holds a token value.
 */
public abstract sealed class Failure extends RuntimeException
        permits ConfigFailure,
                HttpFailure,
                ConnectionFailure,
                BadResponse,
                NotFound,
                IncompleteListing,
                V3QueryFailure,
                OutOfMemory,
                OutputFailure,
                Interrupted,
                OutOfTime {

    protected Failure(String message, Throwable cause) {
        super(message, cause, true, false);
    }

    public abstract int exitCode();

    public abstract <R> R accept(Visitor<R> visitor);

    /** One method a kind of failure. */
    public interface Visitor<R> {
        R config(ConfigFailure failure);

        R http(HttpFailure failure);

        R connection(ConnectionFailure failure);

        R badResponse(BadResponse failure);

        R notFound(NotFound failure);

        R incomplete(IncompleteListing failure);

        R v3Query(V3QueryFailure failure);

        R outOfMemory(OutOfMemory failure);

        R output(OutputFailure failure);

        R interrupted(Interrupted failure);

        R outOfTime(OutOfTime failure);
    }
}
