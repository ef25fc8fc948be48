package io.github.influxauth.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server that answers every request with the same bytes, then closes the connection: for answers
 * that break HTTP itself (a status line that is not one, a header line that never ends, a negative
 * Content-Length), which MockWebServer will not write.
 */
public final class RawHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] answer;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public RawHttpServer(String answer) throws IOException {
        this(answer.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttpServer(byte[] answer) throws IOException {
        this.answer = answer.clone();
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::serve, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort() + "/";
    }

    /** The request heads received so far, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                requests.add(readHead(client.getInputStream()));
                OutputStream out = client.getOutputStream();
                out.write(answer);
                out.flush();
                client.shutdownOutput();
            } catch (IOException e) {
                // Closed, or a client that went away: the next one is served all the same.
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < end.length && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
