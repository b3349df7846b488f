package io.github.basisspread.models.export;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link FitRecord} as JSON and reads it back, exactly: every double is written with the
 * shortest text that parses to the same double (non-finite values as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}), so {@code read(write(r)).equals(r)}.
 *
 * <p>The document names its schema and version, so that a later reader can refuse or migrate an
 * older one:
 * <pre>{@code
 * {
 *   "schema": "io.github.basisspread.fit",
 *   "schemaVersion": 1,
 *   "model": "ARIMA(1,0,1) with mean",
 *   "parameterNames": ["ar1", "ma1", "intercept"],
 *   "estimates": [0.61, -0.2, 1.5],
 *   "standardErrors": [0.05, 0.07, 0.1],     // [] when the model gave none
 *   "covariance": [[...], [...], [...]],     // [] when not stored
 *   "logLikelihood": -140.2, "nobs": 200, "numberOfParameters": 4,
 *   "convergence": {"iterations": 12, "evaluations": 40, "gradientNorm": 1.0E-7, "converged": true},
 *   "data": {"n": 200, "missing": 0, "mean": 1.49, "standardDeviation": 0.8, "min": -0.7, "max": 3.9}
 * }
 * }</pre>
 * Reading refuses another schema, another version, unknown or missing keys and values of the
 * wrong type, naming the key; a syntax error names the line and column.
 *
 * <p>Stateless and thread-safe.
 */
public final class FitJson {

    /** The schema name written in every document. */
    public static final String SCHEMA = "io.github.basisspread.fit";

    /** The version of the schema this class writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> KEYS = Set.of("schema", "schemaVersion", "model", "parameterNames", "estimates",
            "standardErrors", "covariance", "logLikelihood", "nobs", "numberOfParameters", "convergence", "data");
    private static final Set<String> CONVERGENCE_KEYS = Set.of("iterations", "evaluations", "gradientNorm",
            "converged");
    private static final Set<String> DATA_KEYS = Set.of("n", "missing", "mean", "standardDeviation", "min", "max");

    private FitJson() {
    }

    /**
     * Writes a record as a JSON document (one key a line).
     *
     * @param record the record, not null
     * @return the JSON text
     * @throws IllegalArgumentException if the record is null
     */
    public static String write(FitRecord record) {
        ArgChecker.notNull(record, "record");
        StringBuilder out = new StringBuilder(256).append("{\n");
        key(out, "schema", true);
        JsonText.string(out, SCHEMA);
        key(out, "schemaVersion", false);
        out.append(SCHEMA_VERSION);
        key(out, "model", false);
        JsonText.string(out, record.model());
        key(out, "parameterNames", false);
        out.append('[');
        List<String> names = record.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            JsonText.string(out, names.get(i));
        }
        out.append(']');
        key(out, "estimates", false);
        numbers(out, record.estimates());
        key(out, "standardErrors", false);
        numbers(out, record.standardErrors());
        key(out, "covariance", false);
        double[][] c = record.covariance();
        out.append('[');
        for (int i = 0; i < c.length; i++) {
            out.append(i == 0 ? "" : ", ");
            numbers(out, c[i]);
        }
        out.append(']');
        key(out, "logLikelihood", false);
        JsonText.number(out, record.logLikelihood());
        key(out, "nobs", false);
        out.append(record.nobs());
        key(out, "numberOfParameters", false);
        out.append(record.numberOfParameters());
        ConvergenceInfo conv = record.convergence();
        key(out, "convergence", false);
        out.append("{\"iterations\": ").append(conv.iterations()).append(", \"evaluations\": ")
                .append(conv.evaluations()).append(", \"gradientNorm\": ");
        JsonText.number(out, conv.gradientNorm());
        out.append(", \"converged\": ").append(conv.converged()).append('}');
        DataSummary d = record.data();
        key(out, "data", false);
        out.append("{\"n\": ").append(d.n()).append(", \"missing\": ").append(d.missing()).append(", \"mean\": ");
        JsonText.number(out, d.mean());
        out.append(", \"standardDeviation\": ");
        JsonText.number(out, d.standardDeviation());
        out.append(", \"min\": ");
        JsonText.number(out, d.min());
        out.append(", \"max\": ");
        JsonText.number(out, d.max());
        return out.append("}\n}\n").toString();
    }

    /**
     * Reads a document written by {@link #write(FitRecord)}.
     *
     * @param json the JSON text, not null
     * @return the record
     * @throws IllegalArgumentException on a syntax error (with line and column), another schema or
     *     version, a missing, unknown or mistyped key (named), or a record that does not validate
     */
    public static FitRecord read(String json) {
        ArgChecker.notNull(json, "json");
        Map<String, Object> doc = object(JsonText.parse(json, "fit JSON"), "the document", KEYS);
        String schema = text(doc, "schema");
        ArgChecker.isTrue(SCHEMA.equals(schema), "schema", schema, "be " + SCHEMA);
        int version = integer(doc, "schemaVersion");
        ArgChecker.isTrue(version == SCHEMA_VERSION, "schemaVersion", version,
                "be " + SCHEMA_VERSION + " (the version this library reads)");
        List<Object> rawNames = list(doc, "parameterNames");
        List<String> names = new ArrayList<>(rawNames.size());
        for (int i = 0; i < rawNames.size(); i++) {
            if (!(rawNames.get(i) instanceof String s)) {
                throw mistyped("parameterNames[" + i + "]", "a string", rawNames.get(i));
            }
            names.add(s);
        }
        List<Object> rows = list(doc, "covariance");
        double[][] cov = new double[rows.size()][];
        for (int i = 0; i < cov.length; i++) {
            if (!(rows.get(i) instanceof List<?> row)) {
                throw mistyped("covariance[" + i + "]", "an array", rows.get(i));
            }
            cov[i] = doubles(row, "covariance[" + i + "]");
        }
        Map<String, Object> conv = object(doc.get("convergence"), "convergence", CONVERGENCE_KEYS);
        Map<String, Object> data = object(doc.get("data"), "data", DATA_KEYS);
        return new FitRecord(text(doc, "model"), names, doubles(list(doc, "estimates"), "estimates"),
                doubles(list(doc, "standardErrors"), "standardErrors"), cov, real(doc, "logLikelihood"),
                integer(doc, "nobs"), integer(doc, "numberOfParameters"),
                new ConvergenceInfo(integer(conv, "iterations"), integer(conv, "evaluations"),
                        real(conv, "gradientNorm"), bool(conv, "converged")),
                new DataSummary(integer(data, "n"), integer(data, "missing"), real(data, "mean"),
                        real(data, "standardDeviation"), real(data, "min"), real(data, "max")));
    }

    private static void key(StringBuilder out, String key, boolean first) {
        out.append(first ? "  " : ",\n  ");
        JsonText.string(out, key);
        out.append(": ");
    }

    private static void numbers(StringBuilder out, double[] xs) {
        out.append('[');
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : ", ");
            JsonText.number(out, xs[i]);
        }
        out.append(']');
    }

    @SuppressWarnings("unchecked") // JsonText builds objects as Map<String, Object>
    private static Map<String, Object> object(Object v, String name, Set<String> keys) {
        if (!(v instanceof Map<?, ?>)) {
            throw mistyped(name, "an object", v);
        }
        Map<String, Object> m = (Map<String, Object>) v;
        for (String k : m.keySet()) {
            ArgChecker.isTrue(keys.contains(k), name, "key \"" + k + "\"", "have only the keys " + keys);
        }
        for (String k : keys) {
            ArgChecker.isTrue(m.containsKey(k), name, m.keySet(), "have the key \"" + k + "\"");
        }
        return m;
    }

    @SuppressWarnings("unchecked") // JsonText builds arrays as List<Object>
    private static List<Object> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?>)) {
            throw mistyped(key, "an array", v);
        }
        return (List<Object>) v;
    }

    private static String text(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw mistyped(key, "a string", m.get(key));
        }
        return s;
    }

    private static boolean bool(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Boolean b)) {
            throw mistyped(key, "true or false", m.get(key));
        }
        return b;
    }

    private static int integer(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double d) || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw mistyped(key, "a whole number", v);
        }
        return (int) (double) d;
    }

    private static double real(Map<String, Object> m, String key) {
        return toDouble(m.get(key), key);
    }

    private static double[] doubles(List<?> xs, String name) {
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toDouble(xs.get(i), name + "[" + i + "]");
        }
        return out;
    }

    private static double toDouble(Object v, String name) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            switch (s) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw mistyped(name, "a number (or \"NaN\", \"Infinity\", \"-Infinity\")", v);
    }

    private static IllegalArgumentException mistyped(String name, String expected, Object v) {
        String shown = v == null ? "nothing" : v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
        return new IllegalArgumentException("Argument '" + name + "' must be " + expected + " but has value " + shown);
    }
}
