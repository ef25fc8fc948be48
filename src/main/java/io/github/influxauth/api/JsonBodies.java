package io.github.influxauth.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.BadResponse.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * Reads a successful response's body as one JSON value and nothing after it, streaming. Parse
 * errors say where the JSON broke, never what it said there: Jackson quotes the offending text,
 * which may be a token value.
 */
final class JsonBodies {

    /** The one piece of Jackson's parse messages that is safe to quote: a single character. */
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code");

    /** Reads the value at the parser's first token; may stop early by returning (the rest is then not read). */
    interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    private JsonBodies() {}

    /**
     * Hands the parser, on the body's first token, to {@code reader}. When the reader has read the
     * whole value, anything after it is an error; a reader that stopped inside it (enough tokens
     * listed) leaves the rest unread.
     */
    static <T> T read(Response response, HttpUrl url, String token, Reader<T> reader, Failures failures) {
        BadResponse notJson = ErrorBodies.notJson(response, url.toString(), token);
        if (notJson != null) {
            throw notJson;
        }
        try (InputStream in = response.body().byteStream();
                JsonParser parser = Json.FACTORY.createParser(in)) {
            if (parser.nextToken() == null) {
                throw BadResponse.of(Kind.EMPTY_BODY, url.toString(), null);
            }
            T result = reader.read(parser);
            if (parser.getParsingContext().inRoot() && parser.nextToken() != null) {
                throw BadResponse.of(Kind.TRAILING_TEXT, url.toString(), null);
            }
            return result;
        } catch (BadResponse e) {
            // Readers quote the server's data (an ID) in what they find wrong with it.
            throw Redaction.redact(e, token);
        } catch (JsonProcessingException e) {
            throw problem(e, url);
        } catch (IOException e) {
            throw failures.of(e, url);
        }
    }

    private static BadResponse problem(JsonProcessingException e, HttpUrl url) {
        JsonLocation where = e.getLocation();
        long line = where == null || where.getLineNr() < 0 ? 0 : where.getLineNr();
        long column = where == null || where.getLineNr() < 0 ? 0 : where.getColumnNr();
        if (e instanceof JsonEOFException) {
            return new BadResponse(Kind.TRUNCATED, url.toString(), null, 0, null, line, column);
        }
        if (e instanceof StreamConstraintsException) {
            // Valid JSON, only larger than the parser takes: saying "not valid JSON" would send the user astray.
            boolean string = String.valueOf(e.getOriginalMessage()).startsWith("String value length");
            return new BadResponse(
                    string ? Kind.STRING_TOO_LONG : Kind.BEYOND_LIMITS,
                    url.toString(),
                    string ? String.valueOf(Json.LONGEST_STRING) : null,
                    0,
                    null,
                    line,
                    column);
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(String.valueOf(e.getOriginalMessage()));
        String character = unexpected.lookingAt() ? unexpected.group(1) : null;
        return new BadResponse(Kind.MALFORMED, url.toString(), character, 0, null, line, column);
    }
}
