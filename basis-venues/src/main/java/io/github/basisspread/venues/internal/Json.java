package io.github.basisspread.venues.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.basisspread.venues.VenueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one response body, failing with a {@link VenueException} that names the
 * venue, the endpoint and the field's path. Numbers may arrive as JSON numbers or as decimal
 * strings (Binance, OKX and Bybit send prices as strings, to keep their digits).
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String venue;
    private final String endpoint;

    /**
     * A reader for one endpoint's bodies.
     *
     * @param venue the venue name
     * @param endpoint the endpoint
     */
    public Json(String venue, String endpoint) {
        this.venue = venue;
        this.endpoint = endpoint;
    }

    /**
     * Parses a body.
     *
     * @param body the bytes
     * @return the tree
     */
    public JsonNode parse(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw fail("(body)", "is empty");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw fail("(body)", "is not JSON: " + e.getOriginalMessage() + " in '" + excerpt(body) + "'");
        } catch (IOException e) {
            throw fail("(body)", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses a text body.
     *
     * @param body the text
     * @return the tree
     */
    public JsonNode parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The exception for a field that does not follow the schema.
     *
     * @param path the field's path
     * @param problem what is wrong
     * @return the exception
     */
    public VenueException fail(String path, String problem) {
        return VenueException.malformed(venue, endpoint, path, problem);
    }

    /**
     * Returns the node if it is an array.
     *
     * @param n the node
     * @param path its path
     * @return the node
     */
    public JsonNode array(JsonNode n, String path) {
        if (n == null || !n.isArray()) {
            throw fail(path, "must be an array but is " + describe(n));
        }
        return n;
    }

    /**
     * Returns the named member of an object.
     *
     * @param n the object
     * @param name the member name
     * @param path the object's path
     * @return the member
     */
    public JsonNode field(JsonNode n, String name, String path) {
        if (n == null || !n.isObject()) {
            throw fail(path, "must be an object but is " + describe(n));
        }
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "is missing");
        }
        return v;
    }

    /**
     * Returns the element of an array.
     *
     * @param n the array
     * @param index the index
     * @param path the array's path
     * @return the element
     */
    public JsonNode element(JsonNode n, int index, String path) {
        array(n, path);
        if (index >= n.size()) {
            throw fail(path, "must have at least " + (index + 1) + " elements but has " + n.size());
        }
        return n.get(index);
    }

    /**
     * Reads a finite decimal from a JSON number or a decimal string.
     *
     * @param n the node
     * @param path its path
     * @return the value
     */
    public double decimal(JsonNode n, String path) {
        double v;
        if (n != null && n.isNumber()) {
            v = n.doubleValue();
        } else if (n != null && n.isTextual()) {
            try {
                v = new BigDecimal(n.textValue().strip()).doubleValue();
            } catch (NumberFormatException e) {
                throw fail(path, "must be a decimal number but is \"" + n.textValue() + "\"");
            }
        } else {
            throw fail(path, "must be a decimal number but is " + describe(n));
        }
        if (!Double.isFinite(v)) {
            throw fail(path, "must be finite but is " + n);
        }
        return v;
    }

    /**
     * Reads an integer from a JSON number or an integer string.
     *
     * @param n the node
     * @param path its path
     * @return the value
     */
    public long integer(JsonNode n, String path) {
        if (n != null && n.isIntegralNumber() && n.canConvertToLong()) {
            return n.longValue();
        }
        if (n != null && n.isTextual()) {
            try {
                return Long.parseLong(n.textValue().strip());
            } catch (NumberFormatException e) {
                throw fail(path, "must be an integer but is \"" + n.textValue() + "\"");
            }
        }
        throw fail(path, "must be an integer but is " + describe(n));
    }

    /**
     * Reads a string.
     *
     * @param n the node
     * @param path its path
     * @return the text
     */
    public String text(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw fail(path, "must be a string but is " + describe(n));
        }
        return n.textValue();
    }

    /**
     * Joins a path and a member name.
     *
     * @param path the parent path, may be empty
     * @param name the member
     * @return {@code path.name}
     */
    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        String s = n.toString();
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (s.length() > 60 ? s.substring(0, 60)
                + "..." : s);
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return s.replaceAll("\\s+", " ");
    }
}
