package io.github.basisspread.venues.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.VenueException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP for one venue: the client-side rate limit, retries on 429, 418, 5xx, timeouts and broken
 * connections with full-jitter exponential backoff, {@code Retry-After} honoured, and the venue's
 * own rate-limit headers turned into pauses. Thread-safe.
 */
public final class Http {

    /** The venue's reading of its rate-limit headers: the instant to pause until, or null. */
    public interface HeaderHook {
        /**
         * Reads the headers of a response.
         *
         * @param headers the headers
         * @param now the current instant
         * @return the instant requests may resume, or null to go on
         */
        Instant pauseUntil(HttpHeaders headers, Instant now);
    }

    /** A response: status, headers and body. */
    public record Response(int status, HttpHeaders headers, byte[] body) {
    }

    private final String venue;
    private final ClientOptions options;
    private final RateLimiter limiter;
    private final HeaderHook hook;
    private final HttpClient client;

    /**
     * HTTP for a venue.
     *
     * @param venue the venue name, for messages
     * @param options timeout, retries, sleeper
     * @param limiter the client-side rate limit
     * @param hook the reading of the venue's rate-limit headers, or null
     */
    public Http(String venue, ClientOptions options, RateLimiter limiter, HeaderHook hook) {
        this(venue, options, limiter, hook, newClient(options));
    }

    /**
     * HTTP for a venue sharing a JDK client (one connection pool) with other endpoints.
     *
     * @param venue the venue name, for messages
     * @param options timeout, retries, sleeper
     * @param limiter the client-side rate limit
     * @param hook the reading of the venue's rate-limit headers, or null
     * @param client the JDK client
     */
    public Http(String venue, ClientOptions options, RateLimiter limiter, HeaderHook hook, HttpClient client) {
        this.venue = venue;
        this.options = options;
        this.limiter = limiter;
        this.hook = hook;
        this.client = client;
    }

    /**
     * A JDK client with the options' connect timeout, following redirects.
     *
     * @param options the options
     * @return the client
     */
    public static HttpClient newClient(ClientOptions options) {
        return HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Returns the venue name.
     *
     * @return the venue
     */
    public String venue() {
        return venue;
    }

    /**
     * GETs a JSON body.
     *
     * @param endpoint the endpoint, for messages and the JSON reader (e.g. {@code GET /api/v3/klines})
     * @param uri the full URI
     * @param weight the request's weight in the venue's rate limit
     * @param json the reader of the body
     * @return the parsed body
     */
    public JsonNode getJson(String endpoint, URI uri, int weight, Json json) {
        Response r = send(endpoint, HttpRequest.newBuilder(uri).GET(), weight);
        return json.parse(r.body());
    }

    /**
     * POSTs a JSON body and reads a JSON answer.
     *
     * @param endpoint the endpoint, for messages
     * @param uri the full URI
     * @param body the JSON request body
     * @param weight the request's weight in the venue's rate limit
     * @param json the reader of the body
     * @return the parsed body
     */
    public JsonNode postJson(String endpoint, URI uri, String body, int weight, Json json) {
        Response r = send(endpoint, HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), weight);
        return json.parse(r.body());
    }

    /**
     * Sends a request with retries; returns the first 2xx response.
     *
     * @param endpoint the endpoint, for messages
     * @param request the request (timeout is set here)
     * @param weight the request's weight
     * @return the response
     * @throws VenueException after the last attempt, or at once on a 4xx other than 429 and 418
     */
    public Response send(String endpoint, HttpRequest.Builder request, int weight) {
        HttpRequest req = request.timeout(options.timeout()).build();
        String last = "";
        Throwable lastCause = null;
        int lastStatus = -1;
        int attempts = options.retry().maxAttempts();
        for (int attempt = 0; attempt < attempts; attempt++) {
            Duration retryAfter = null;
            try {
                limiter.acquire(weight, options.sleeper());
                HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                readHeaders(r.headers());
                int s = r.statusCode();
                if (s >= 200 && s < 300) {
                    return new Response(s, r.headers(), r.body());
                }
                lastStatus = s;
                last = "HTTP " + s + " " + excerpt(r.body());
                lastCause = null;
                if (!retryable(s)) {
                    throw new VenueException(venue, endpoint, s, last, null);
                }
                retryAfter = retryAfter(r.headers(), options.sleeper().now()).orElse(null);
            } catch (IOException e) {
                lastStatus = -1;
                last = (e instanceof java.net.http.HttpTimeoutException ? "timed out: " : "connection failed: ")
                        + (e.getMessage() != null ? e.getMessage() : e.toString());
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VenueException(venue, endpoint, "interrupted", e);
            }
            if (attempt + 1 < attempts) {
                pause(endpoint, retryAfter != null ? retryAfter
                        : options.retry().backoff(attempt, ThreadLocalRandom.current().nextDouble()));
            }
        }
        throw new VenueException(venue, endpoint, lastStatus, "failed after " + attempts + " attempts, last: " + last,
                lastCause);
    }

    /**
     * Downloads a file into {@code part}, resuming from its current length with an HTTP range
     * request ({@code Range: bytes=N-}; RFC 9110 section 14.2) and retrying broken transfers.
     *
     * @param endpoint the endpoint, for messages
     * @param uri the file's URI
     * @param part the partial file, appended to; created if absent
     * @return the final HTTP status: 200 or 206 when complete, 404 when the file does not exist
     * @throws VenueException after the last attempt
     */
    public int download(String endpoint, URI uri, Path part) {
        int attempts = options.retry().maxAttempts();
        // A transfer that stalls is cut after ten request timeouts; its bytes stay in the .part file.
        long budgetMillis = options.timeout().toMillis() * 10;
        String last = "";
        Throwable lastCause = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            Duration retryAfter = null;
            try {
                limiter.acquire(1, options.sleeper());
                long have = Files.exists(part) ? Files.size(part) : 0;
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET();
                if (have > 0) {
                    b.header("Range", "bytes=" + have + "-");
                }
                // The body goes to the file as it arrives, so a broken transfer keeps what came.
                HttpResponse.BodyHandler<Path> handler = info -> switch (info.statusCode()) {
                    case 200 -> HttpResponse.BodySubscribers.ofFile(part, StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    case 206 -> HttpResponse.BodySubscribers.ofFile(part, StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    default -> HttpResponse.BodySubscribers.replacing(part);
                };
                CompletableFuture<HttpResponse<Path>> pending = client.sendAsync(b.build(), handler);
                HttpResponse<Path> r;
                try {
                    r = pending.get(budgetMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    pending.cancel(true);
                    throw new IOException("stalled: not complete within " + budgetMillis + " ms", e);
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
                }
                readHeaders(r.headers());
                int s = r.statusCode();
                if (s == 404) {
                    return 404;
                }
                if (s == 416 && have > 0) {
                    return 206;     // the range starts at the end: the file is complete
                }
                if (s == 200 || s == 206) {
                    return s;
                }
                last = "HTTP " + s;
                lastCause = null;
                if (!retryable(s)) {
                    throw new VenueException(venue, endpoint, s, last, null);
                }
                retryAfter = retryAfter(r.headers(), options.sleeper().now()).orElse(null);
            } catch (IOException e) {
                last = "transfer broken: " + (e.getMessage() != null ? e.getMessage() : e.toString());
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VenueException(venue, endpoint, "interrupted", e);
            }
            if (attempt + 1 < attempts) {
                pause(endpoint, retryAfter != null ? retryAfter
                        : options.retry().backoff(attempt, ThreadLocalRandom.current().nextDouble()));
            }
        }
        throw new VenueException(venue, endpoint, -1, "download of " + uri + " failed after " + attempts
                + " attempts, last: " + last, lastCause);
    }

    private void readHeaders(HttpHeaders headers) {
        if (hook != null) {
            Instant until = hook.pauseUntil(headers, options.sleeper().now());
            if (until != null) {
                limiter.pauseUntil(until);
            }
        }
    }

    private void pause(String endpoint, Duration d) {
        try {
            options.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VenueException(venue, endpoint, "interrupted", e);
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 418 || status >= 500;
    }

    /**
     * Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 section 10.2.3).
     *
     * @param headers the headers
     * @param now the current instant, for a date
     * @return the wait, if the header is present and readable
     */
    public static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> v = headers.firstValue("Retry-After");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String s = v.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(s))));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return s.isEmpty() ? "(empty body)" : s;
    }
}
