package io.github.influxauth.api;

import io.github.influxauth.failure.BadResponse;
import io.github.influxauth.failure.ConnectionFailure;
import io.github.influxauth.failure.ConnectionFailure.Kind;
import io.github.influxauth.failure.Failure;
import io.github.influxauth.failure.ProxyUse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;

/** Turns what OkHttp and the JDK throw while talking to the server into this tool's failures. */
final class Failures {

    /** How okio's GzipSource says that a header or trailer field is wrong. */
    private static final Pattern GZIP_CHECK = Pattern.compile("(ID1ID2|FLG|FEXTRA|FHCRC|CRC|ISIZE): actual ");

    /** okio's excerpt of the bytes where it expected a line end: they may be a header that echoes the token. */
    private static final Pattern BYTES_EXCERPT = Pattern.compile(" content=[0-9a-fA-F]*…?");

    private final HttpUrl base;
    private final Deadline deadline;
    /** OkHttp's words when a proxy will not open a tunnel (CONNECT) to the server. */
    private static final Pattern TUNNEL_REFUSED = Pattern.compile("Unexpected response code for CONNECT: (\\d+)");

    private final String token;
    private final ProxyUse proxy;

    /** @param proxy the HTTP proxy in between, or null */
    Failures(HttpUrl base, Deadline deadline, String token, ProxyUse proxy) {
        this.base = base;
        this.deadline = deadline;
        this.token = token;
        this.proxy = proxy;
    }

    ConnectionFailure timeout(HttpUrl url) {
        return new ConnectionFailure(Kind.TIMEOUT, url.toString(), base.host(), null, deadline.timeout(), proxy);
    }

    Failure of(IOException e, HttpUrl url) {
        // Once the deadline has passed, whatever OkHttp's cancel left behind ("Socket closed",
        // "Canceled", a timeout) has one cause.
        if (deadline.remainingNanos() <= 0 || e instanceof InterruptedIOException) {
            return timeout(url);
        }
        String target = base.toString();
        if (e instanceof ConnectException) {
            return new ConnectionFailure(Kind.REFUSED, target, base.host(), null, null, proxy);
        }
        if (e instanceof UnknownHostException) {
            // Through a proxy, the name that could not be resolved is the proxy's: the proxy resolves the server's.
            return new ConnectionFailure(Kind.UNKNOWN_HOST, target, base.host(), null, null, proxy);
        }
        if (proxy != null && e.getMessage() != null) {
            Matcher tunnel = TUNNEL_REFUSED.matcher(e.getMessage());
            if (tunnel.lookingAt()) {
                return new ConnectionFailure(Kind.PROXY_TUNNEL, target, base.host(), tunnel.group(1), null, proxy);
            }
            if (e.getMessage().startsWith("Failed to authenticate with proxy")) {
                return new ConnectionFailure(Kind.PROXY_AUTH, target, base.host(), null, null, proxy);
            }
        }
        if (e instanceof SSLPeerUnverifiedException) {
            // OkHttp's message lists the certificate's names over several lines; the host is the fact that matters.
            return new ConnectionFailure(Kind.WRONG_HOST, target, base.host(), null, null);
        }
        if (e instanceof SSLHandshakeException && causedBy(e, CertificateException.class)) {
            return new ConnectionFailure(Kind.UNTRUSTED, target, base.host(), detail(e), null);
        }
        if (e instanceof SSLException) {
            return new ConnectionFailure(Kind.TLS, target, base.host(), detail(e), null);
        }
        if (!base.isHttps() && answeredInTls(e)) {
            return new ConnectionFailure(Kind.PLAIN_TO_TLS, target, base.host(), null, null);
        }
        if (e instanceof ProtocolException
                && e.getMessage() != null
                && (e.getMessage().startsWith("Unexpected status line")
                        || e.getMessage().startsWith("expected chunk size"))) {
            // OkHttp quotes the offending status line or chunk header, which a hostile server can make the token.
            return BadResponse.of(BadResponse.Kind.NOT_HTTP, url.toString(), detail(e));
        }
        if (causedBy(e, DataFormatException.class)
                || causedBy(e, ZipException.class)
                || (e.getMessage() != null && GZIP_CHECK.matcher(e.getMessage()).lookingAt())) {
            return BadResponse.of(BadResponse.Kind.BAD_GZIP, url.toString(), null);
        }
        return new ConnectionFailure(Kind.OTHER, url.toString(), base.host(), detail(e), null, proxy);
    }

    /** Java's reason, without the server's bytes that okio quotes, and with the token removed however it is written. */
    private String detail(Throwable e) {
        String message = rootMessage(e);
        return message == null
                ? null
                : Redaction.redact(BYTES_EXCERPT.matcher(message).replaceAll(""), token);
    }

    /**
     * A TLS server answers a plain request with a TLS record: an alert (0x15) or handshake (0x16)
     * byte, then the version's major byte 3. OkHttp reads it as the status line.
     */
    private static boolean answeredInTls(IOException e) {
        String message = e.getMessage();
        String prefix = "Unexpected status line: ";
        return message != null
                && message.startsWith(prefix)
                && message.length() > prefix.length() + 1
                && (message.charAt(prefix.length()) == 0x15 || message.charAt(prefix.length()) == 0x16)
                && message.charAt(prefix.length() + 1) == 0x03;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, on one line: Java's TLS messages nest the useful part several causes deep. */
    private static String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return null;
        }
        message = message.strip();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }
}
