package io.github.influxauth.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps a {@code Retry-After} of more seconds than an int holds ({@code 9999999999}) away from
 * OkHttp, which reads the header of a 503 (and a 408) itself and throws NumberFormatException on
 * such a value. The response OkHttp sees asks for the longest wait an int holds, which OkHttp does
 * not retry either; the server's own value is kept in the request's {@link Seen} tag for the
 * {@link Retrier}. A network interceptor, so that it runs before OkHttp's own follow-up logic.
 */
final class LongRetryAfter implements Interceptor {

    /** Where the server's own value is kept: one per request, reset before each send. */
    static final class Seen {
        volatile String value;
    }

    static Request.Builder tag(Request.Builder request) {
        return request.tag(Seen.class, new Seen());
    }

    /** The {@code Retry-After} of the response to {@code request}, as the server sent it. */
    static String of(Request request, Response response) {
        Seen seen = request.tag(Seen.class);
        return seen != null && seen.value != null ? seen.value : response.header("Retry-After");
    }

    static void reset(Request request) {
        Seen seen = request.tag(Seen.class);
        if (seen != null) {
            seen.value = null;
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String value = response.header("Retry-After");
        if (value == null || !value.matches("\\d+") || fitsInt(value)) {
            return response;
        }
        Seen seen = chain.request().tag(Seen.class);
        if (seen != null) {
            seen.value = value;
        }
        return response.newBuilder()
                .header("Retry-After", String.valueOf(Integer.MAX_VALUE))
                .build();
    }

    private static boolean fitsInt(String digits) {
        return digits.length() < 10
                || (digits.length() == 10 && digits.compareTo(String.valueOf(Integer.MAX_VALUE)) <= 0);
    }
}
