package io.github.basisspread.venues.live;

import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.VenueException;
import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Json;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps one WebSocket connection per {@link StreamSpec} alive and hands its messages to a
 * {@link QuoteSink}. After a connect it sends the spec's subscriptions; when the connection
 * closes, fails, or stays silent for longer than {@code staleAfter} (measured on the monotonic
 * clock), it reconnects after a full-jitter exponential backoff from the options' retry policy
 * (waited through the options' sleeper), resetting the backoff once messages flow again. A
 * message that does not parse is reported to the sink as an event and skipped, never guessed.
 *
 * <p>Each connection runs on its own daemon thread; {@link #close()} stops them. Thread-safe.
 */
public final class LiveFeed implements AutoCloseable {

    private final List<Thread> threads = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean closed;

    private LiveFeed() {
    }

    /**
     * Starts the connections.
     *
     * @param specs the streams, not empty
     * @param sink the receiver of quotes, funding and events
     * @param staleAfter a silence longer than this is a dropped connection; positive
     * @param options timeout (connect), retry policy (reconnect backoff) and sleeper
     * @return the running feed
     */
    public static LiveFeed start(List<StreamSpec> specs, QuoteSink sink, Duration staleAfter, ClientOptions options) {
        Args.isTrue(specs != null && !specs.isEmpty(), "specs", specs, "hold at least one stream");
        Args.notNull(sink, "sink");
        Args.isTrue(staleAfter != null && !staleAfter.isNegative() && !staleAfter.isZero(), "staleAfter", staleAfter,
                "be positive");
        Args.notNull(options, "options");
        LiveFeed feed = new LiveFeed();
        HttpClient client = HttpClient.newBuilder().connectTimeout(options.timeout()).build();
        for (StreamSpec spec : specs) {
            Worker w = feed.new Worker(spec, sink, staleAfter, options, client);
            Thread t = new Thread(w, "basis-live-" + spec.venue());
            t.setDaemon(true);
            feed.workers.add(w);
            feed.threads.add(t);
        }
        feed.threads.forEach(Thread::start);
        return feed;
    }

    /**
     * Returns how many times the connection of stream {@code index} was opened.
     *
     * @param index the index of the stream in the list given to {@link #start}
     * @return the number of successful connects
     */
    public int connects(int index) {
        return workers.get(index).connects.get();
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            WebSocket ws = w.current;
            if (ws != null) {
                ws.abort();
            }
        }
        for (Thread t : threads) {
            t.interrupt();
        }
    }

    private final class Worker implements Runnable, WebSocket.Listener {
        private final StreamSpec spec;
        private final QuoteSink sink;
        private final Duration staleAfter;
        private final ClientOptions options;
        private final HttpClient client;
        private final Json json;
        private final AtomicInteger connects = new AtomicInteger();
        private final AtomicLong lastMessageNanos = new AtomicLong();
        private final StringBuilder buffer = new StringBuilder();
        private volatile WebSocket current;
        private volatile CompletableFuture<String> ended;
        private volatile boolean flowing;

        Worker(StreamSpec spec, QuoteSink sink, Duration staleAfter, ClientOptions options, HttpClient client) {
            this.spec = spec;
            this.sink = sink;
            this.staleAfter = staleAfter;
            this.options = options;
            this.client = client;
            this.json = new Json(spec.venue(), "WebSocket " + spec.uri().getPath());
        }

        @Override
        public void run() {
            int failures = 0;
            while (!closed) {
                String why;
                try {
                    why = session();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    why = "connect failed: " + e.getMessage();
                }
                if (closed) {
                    return;
                }
                if (flowing) {
                    failures = 0;
                }
                sink.onEvent(spec.venue(), why);
                Duration wait = options.retry().backoff(Math.min(failures, 30), ThreadLocalRandom.current().nextDouble());
                failures++;
                sink.onEvent(spec.venue(), "reconnecting in " + wait.toMillis() + " ms");
                try {
                    options.sleeper().sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** One connection: returns why it ended. */
        private String session() throws InterruptedException {
            flowing = false;
            ended = new CompletableFuture<>();
            synchronized (buffer) {
                buffer.setLength(0);
            }
            WebSocket ws;
            try {
                ws = client.newWebSocketBuilder().connectTimeout(options.timeout()).buildAsync(spec.uri(), this)
                        .get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return "connect failed: " + (e.getCause() != null ? e.getCause() : e);
            }
            current = ws;
            sink.onEvent(spec.venue(), "connected to " + spec.uri());
            for (String s : spec.subscriptions()) {
                ws.sendText(s, true);
            }
            long staleNanos = staleAfter.toNanos();
            try {
                while (!closed) {
                    try {
                        return ended.get(Math.max(1, staleNanos / 4_000_000), TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        long silent = System.nanoTime() - lastMessageNanos.get();
                        if (silent > staleNanos) {
                            ws.abort();
                            return "stale: no message for " + silent / 1_000_000 + " ms (limit " + staleAfter.toMillis()
                                    + " ms)";
                        }
                    } catch (java.util.concurrent.ExecutionException e) {
                        return "dropped: " + e.getCause();
                    }
                }
                return "closed";
            } finally {
                current = null;
                ws.abort();
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            connects.incrementAndGet();
            lastMessageNanos.set(System.nanoTime());
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastMessageNanos.set(System.nanoTime());
            String text = null;
            synchronized (buffer) {
                buffer.append(data);
                if (last) {
                    text = buffer.toString();
                    buffer.setLength(0);
                }
            }
            if (text != null) {
                try {
                    spec.parser().parse(json, text, sink, options.sleeper().now().toEpochMilli());
                    flowing = true;
                } catch (VenueException e) {
                    sink.onEvent(spec.venue(), "skipped a message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
            lastMessageNanos.set(System.nanoTime());
            webSocket.request(1);
            return null;   // the JDK answers the ping with a pong
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.complete("dropped: closed by the venue (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended.complete("dropped: " + error);
        }
    }
}
