package io.github.basisspread.venues;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-process HTTP server on 127.0.0.1 for the venue tests: no test touches the internet. */
public final class TestServer implements AutoCloseable {

    /** A canned answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body, int cutAfter) {

        /** A 200 JSON answer. */
        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8), -1);
        }

        /** An answer with a status and text. */
        public static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), -1);
        }

        /** Adds a header. */
        public Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, cutAfter);
        }

        /** Declares the full length, sends {@code n} bytes, then shuts the whole server down. */
        public Reply cutAfter(int n) {
            return new Reply(status, headers, body, n);
        }
    }

    /** A request as received. */
    public record Request(String method, String path, String query, Map<String, String> headers, String body) {

        /** The value of a query parameter, or null. */
        public String param(String name) {
            if (query == null) {
                return null;
            }
            for (String kv : query.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0 && kv.substring(0, eq).equals(name)) {
                    return kv.substring(eq + 1);
                }
            }
            return null;
        }
    }

    /** Answers requests. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Request request);
    }

    private final HttpServer server;
    private final List<Request> log = Collections.synchronizedList(new ArrayList<>());

    private TestServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> serve(ex, handler));
        server.start();
    }

    /** Starts a server. */
    public static TestServer start(Handler handler) throws IOException {
        return new TestServer(handler);
    }

    private void serve(HttpExchange ex, Handler handler) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                headers, body);
        log.add(req);
        Reply reply;
        try {
            reply = handler.handle(req);
        } catch (RuntimeException e) {
            reply = Reply.status(599, "test handler failed: " + e);
        }
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] b = reply.body();
        ex.sendResponseHeaders(reply.status(), b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (reply.cutAfter() >= 0) {
                out.write(b, 0, reply.cutAfter());
                out.flush();
                // the server goes down mid-body: every connection closes and the client sees a broken
                // transfer at once (this server is then done; a test resumes against a new one)
                server.stop(0);
                return;
            }
            out.write(b);
        } catch (IOException e) {
            // the connection is closed with the body short
        } finally {
            ex.close();
        }
    }

    /** The base URI, e.g. {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests received so far. */
    public List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
