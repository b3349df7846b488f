package io.github.basisspread.venues;

/**
 * A venue could not give what was asked: an HTTP failure after the retries, a body that does
 * not follow the venue's documented schema, a checksum mismatch. The message names the venue,
 * the endpoint and, for a malformed body, the field.
 */
public final class VenueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String venue;
    private final String endpoint;
    private final int status;

    /**
     * Creates the exception.
     *
     * @param venue the venue name, e.g. {@code binance}
     * @param endpoint the endpoint, e.g. {@code GET /fapi/v1/klines}
     * @param detail what went wrong
     * @param cause the cause, or null
     */
    public VenueException(String venue, String endpoint, String detail, Throwable cause) {
        this(venue, endpoint, -1, detail, cause);
    }

    /**
     * Creates the exception for an HTTP status.
     *
     * @param venue the venue name, e.g. {@code binance}
     * @param endpoint the endpoint, e.g. {@code GET /fapi/v1/klines}
     * @param status the HTTP status code, or -1 if the failure is not an HTTP status
     * @param detail what went wrong
     * @param cause the cause, or null
     */
    public VenueException(String venue, String endpoint, int status, String detail, Throwable cause) {
        super(venue + " " + endpoint + ": " + detail, cause);
        this.venue = venue;
        this.endpoint = endpoint;
        this.status = status;
    }

    /**
     * A body that does not follow the documented schema.
     *
     * @param venue the venue name
     * @param endpoint the endpoint
     * @param field the JSON path of the offending field, e.g. {@code [3][4] (close)}
     * @param problem what is wrong with it
     * @return the exception
     */
    public static VenueException malformed(String venue, String endpoint, String field, String problem) {
        return new VenueException(venue, endpoint, "malformed response: field " + field + " " + problem, null);
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
     * Returns the HTTP status of the failed response, or -1 if the failure was not an HTTP status
     * (a malformed body, a timeout, a checksum mismatch).
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the endpoint.
     *
     * @return the endpoint
     */
    public String endpoint() {
        return endpoint;
    }
}
