package io.github.basisspread.models.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The printed summary of a fitted model, in the style of R's {@code print} and statsmodels'
 * {@code summary()}: a title, a few labelled facts, the coefficient table (estimate, standard
 * error, z or t statistic, two-sided p-value) and the fit statistics (log-likelihood, AIC, BIC,
 * nobs). Every model builds its {@link FittedModel#summary()} with it, so that every summary
 * reads alike.
 *
 * <p>Numbers are printed with six significant digits, statistics with three decimals and
 * p-values with four ({@code <0.0001} below that), in {@link Locale#ROOT}; a value that does not
 * exist prints as {@code NaN}.
 *
 * <p>Immutable and thread-safe: every {@code with...} returns a new summary.
 */
public final class ModelSummary {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final String title;
    private final List<String[]> facts;
    private final List<String[]> rows;
    /** "z" or "t". */
    private final String statistic;
    private final List<String[]> statistics;

    private ModelSummary(String title, List<String[]> facts, List<String[]> rows, String statistic,
            List<String[]> statistics) {
        this.title = title;
        this.facts = facts;
        this.rows = rows;
        this.statistic = statistic;
        this.statistics = statistics;
    }

    /**
     * Starts a summary.
     *
     * @param title the first line, naming the model (for example {@code "ARIMA(1,0,1) with non-zero mean"})
     * @return an empty summary with the title
     * @throws IllegalArgumentException if the title is null or blank
     */
    public static ModelSummary of(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Argument 'title' must not be blank but has value " + title);
        }
        return new ModelSummary(title, List.of(), List.of(), "z", List.of());
    }

    /**
     * Adds a labelled fact printed under the title (the method, the covariance estimator, the
     * convergence).
     *
     * @param label the label
     * @param value the value, as text
     * @return a new summary
     * @throws IllegalArgumentException if the label is blank or the value null
     */
    public ModelSummary withFact(String label, String value) {
        if (label == null || label.isBlank() || value == null) {
            throw new IllegalArgumentException("Argument 'label' must not be blank and 'value' not null but have "
                    + label + " and " + value);
        }
        return new ModelSummary(title, append(facts, new String[] {label, value}), rows, statistic, statistics);
    }

    /**
     * Adds the convergence facts as a labelled fact: "closed form", "converged after k
     * iterations" or "NOT converged after k iterations (gradient norm g)".
     *
     * @param info the convergence facts
     * @return a new summary
     * @throws IllegalArgumentException if the facts are null
     */
    public ModelSummary withConvergence(ConvergenceInfo info) {
        if (info == null) {
            throw new IllegalArgumentException("Argument 'info' must not be null");
        }
        String text;
        if (info.converged() && info.iterations() == 0 && info.evaluations() == 0) {
            text = "closed form";
        } else if (info.converged()) {
            text = "converged after " + info.iterations() + " iterations";
        } else {
            text = "NOT converged after " + info.iterations() + " iterations (gradient norm "
                    + number(info.gradientNorm()) + ")";
        }
        return withFact("convergence", text);
    }

    /**
     * Adds the coefficient table with z statistics and p-values from the standard normal, as for
     * maximum-likelihood estimates.
     *
     * @param names the parameter names
     * @param estimates the estimates, as many as the names
     * @param standardErrors the standard errors, as many as the names, NaN where none exists
     * @return a new summary
     * @throws IllegalArgumentException if the lengths differ
     */
    public ModelSummary withCoefficients(List<String> names, double[] estimates, double[] standardErrors) {
        return coefficients(names, estimates, standardErrors, "z", Double.POSITIVE_INFINITY);
    }

    /**
     * Adds the coefficient table with t statistics and p-values from Student's t, as for least
     * squares.
     *
     * @param names the parameter names
     * @param estimates the estimates, as many as the names
     * @param standardErrors the standard errors, as many as the names, NaN where none exists
     * @param degreesOfFreedom the residual degrees of freedom, positive
     * @return a new summary
     * @throws IllegalArgumentException if the lengths differ or the degrees of freedom are not positive
     */
    public ModelSummary withCoefficients(List<String> names, double[] estimates, double[] standardErrors,
            double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("Argument 'degreesOfFreedom' must be positive but has value "
                    + degreesOfFreedom);
        }
        return coefficients(names, estimates, standardErrors, "t", degreesOfFreedom);
    }

    private ModelSummary coefficients(List<String> names, double[] estimates, double[] standardErrors, String stat,
            double df) {
        if (names == null || estimates == null || standardErrors == null || estimates.length != names.size()
                || standardErrors.length != names.size()) {
            throw new IllegalArgumentException("Argument 'estimates' and 'standardErrors' must have one value per name "
                    + names + " but have " + (estimates == null ? "null" : estimates.length) + " and "
                    + (standardErrors == null ? "null" : standardErrors.length));
        }
        List<String[]> out = new ArrayList<>(rows);
        for (int i = 0; i < estimates.length; i++) {
            double z = estimates[i] / standardErrors[i];
            double p = Double.isFinite(z) ? 2 * tail(Math.abs(z), df) : Double.NaN;
            out.add(new String[] {names.get(i), number(estimates[i]), number(standardErrors[i]), statistic(z),
                pValue(p)});
        }
        return new ModelSummary(title, facts, List.copyOf(out), stat, statistics);
    }

    /** The upper tail probability of |z| under the normal (df infinite) or Student's t. */
    private static double tail(double z, double df) {
        return df == Double.POSITIVE_INFINITY ? STANDARD_NORMAL.cumulativeProbability(-z)
                : new TDistribution(null, df).cumulativeProbability(-z);
    }

    /**
     * Adds a fit statistic printed after the table (sigma2, R-squared, AICc).
     *
     * @param label the label
     * @param value the value
     * @return a new summary
     * @throws IllegalArgumentException if the label is blank
     */
    public ModelSummary withStatistic(String label, double value) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Argument 'label' must not be blank but has value " + label);
        }
        return new ModelSummary(title, facts, rows, statistic, append(statistics, new String[] {label, number(value)}));
    }

    /**
     * Adds the log-likelihood, AIC, BIC and nobs of a fitted model.
     *
     * @param model the model
     * @return a new summary
     * @throws IllegalArgumentException if the model is null
     */
    public ModelSummary withFitStatistics(FittedModel model) {
        if (model == null) {
            throw new IllegalArgumentException("Argument 'model' must not be null");
        }
        double ll = model.logLikelihood();
        ModelSummary s = withStatistic("log-likelihood", ll);
        if (Double.isFinite(ll)) {
            InformationCriteria ic = model.informationCriteria();
            s = s.withStatistic("AIC", ic.aic()).withStatistic("BIC", ic.bic());
        }
        return s.withStatistic("nobs", model.nobs());
    }

    /**
     * The summary on one line: the title, each estimate with its standard error in brackets,
     * and the fit statistics; the form of {@code toString()}.
     *
     * @return one line of text
     */
    public String oneLine() {
        StringBuilder b = new StringBuilder(title);
        String sep = ": ";
        for (String[] r : rows) {
            b.append(sep).append(r[0]).append(' ').append(r[1]).append(" (").append(r[2]).append(')');
            sep = ", ";
        }
        for (String[] s : statistics) {
            b.append(sep).append(s[0]).append(' ').append(s[1]);
            sep = ", ";
        }
        return b.toString();
    }

    /**
     * The summary as a table, one line per fact, per coefficient and per group of statistics.
     *
     * @return the text, lines ending in a newline
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (String[] f : facts) {
            b.append(f[0]).append(": ").append(f[1]).append('\n');
        }
        if (!rows.isEmpty()) {
            int w = "parameter".length();
            for (String[] r : rows) {
                w = Math.max(w, r[0].length());
            }
            String format = "%-" + w + "s %13s %13s %9s %9s%n";
            String pLabel = "P>|" + statistic + "|";
            b.append(String.format(Locale.ROOT, format, "", "estimate", "std.err", statistic, pLabel));
            for (String[] r : rows) {
                b.append(String.format(Locale.ROOT, format, (Object[]) r));
            }
        }
        if (!statistics.isEmpty()) {
            String sep = "";
            for (String[] s : statistics) {
                b.append(sep).append(s[0]).append(' ').append(s[1]);
                sep = "   ";
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Formats a number as the summaries print it: six significant digits, integers in full,
     * {@code NaN} and infinities spelled out.
     *
     * @param x the number
     * @return the text
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        // Drop the trailing zeros of the fraction (not of an exponent): 0.500000 -> 0.5.
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }

    private static String statistic(double z) {
        return Double.isNaN(z) ? "NaN" : String.format(Locale.ROOT, "%.3f", z);
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "NaN";
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static List<String[]> append(List<String[]> list, String[] item) {
        List<String[]> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }
}
