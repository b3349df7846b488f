package io.github.basisspread.core.margin;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A venue's leverage and margin table for one contract: contiguous notional brackets
 * ({@link MarginTier}) from zero up, the maintenance margin rate rising and the maximum leverage
 * falling with the notional.
 *
 * <ul>
 *   <li>Initial margin of a notional at a chosen leverage: {@code notional / leverage}, the
 *       leverage at most the bracket's maximum.</li>
 *   <li>Maintenance margin: {@code notional * rate - amount} of the notional's bracket, continuous
 *       in the notional (the amounts are checked to make it so).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Created by {@link #of(List)}, {@link #fromRates} (amounts derived
 * by the venues' rule) or {@link #flat}.
 */
public final class MarginTiers {

    private static final double AMOUNT_TOLERANCE = 1e-9;

    private final List<MarginTier> tiers;

    private MarginTiers(List<MarginTier> tiers) {
        this.tiers = tiers;
    }

    /**
     * The table of the given brackets.
     *
     * @param tiers the brackets in increasing notional, not empty; the first floor zero, each
     *     floor equal to the previous cap, rates not decreasing, leverages not increasing, and each
     *     maintenance amount {@code amount[n-1] + floor[n] (rate[n] - rate[n-1])} (relative
     *     tolerance 1e-9), so the maintenance margin is continuous
     * @return the table
     * @throws IllegalArgumentException naming the bracket that breaks a rule
     */
    public static MarginTiers of(List<MarginTier> tiers) {
        ArgChecker.notNull(tiers, "tiers");
        ArgChecker.isTrue(!tiers.isEmpty(), "tiers", tiers, "hold at least one tier");
        for (int i = 0; i < tiers.size(); i++) {
            MarginTier t = ArgChecker.notNull(tiers.get(i), "tiers[" + i + "]");
            if (i == 0) {
                ArgChecker.isTrue(t.notionalFloor() == 0, "tiers[0].notionalFloor", t.notionalFloor(), "be 0");
                ArgChecker.isTrue(t.maintenanceAmount() == 0, "tiers[0].maintenanceAmount", t.maintenanceAmount(),
                        "be 0");
                continue;
            }
            MarginTier p = tiers.get(i - 1);
            String name = "tiers[" + i + "]";
            ArgChecker.isTrue(t.notionalFloor() == p.notionalCap(), name + ".notionalFloor", t.notionalFloor(),
                    "equal the previous cap " + p.notionalCap());
            ArgChecker.isTrue(t.maintenanceMarginRate() >= p.maintenanceMarginRate(), name + ".maintenanceMarginRate",
                    t.maintenanceMarginRate(), "not fall below the previous rate " + p.maintenanceMarginRate());
            ArgChecker.isTrue(t.maxLeverage() <= p.maxLeverage(), name + ".maxLeverage", t.maxLeverage(),
                    "not exceed the previous maximum " + p.maxLeverage());
            double expected = continuousAmount(p, t.notionalFloor(), t.maintenanceMarginRate());
            ArgChecker.isTrue(Math.abs(t.maintenanceAmount() - expected) <= AMOUNT_TOLERANCE * Math.max(1, expected),
                    name + ".maintenanceAmount", t.maintenanceAmount(),
                    "be " + expected + " (previous amount + floor x rate increase) to keep the margin continuous");
        }
        return new MarginTiers(List.copyOf(tiers));
    }

    /**
     * A table from the brackets' caps, maximum leverages and maintenance margin rates, the
     * maintenance amounts derived by the venues' rule
     * {@code amount[n] = amount[n-1] + floor[n] (rate[n] - rate[n-1])}, {@code amount[0] = 0}.
     *
     * @param caps the inclusive upper notional bound of each bracket, increasing (the last may be
     *     infinite); not modified
     * @param maxLeverage the maximum leverage of each bracket; not modified
     * @param maintenanceMarginRates the maintenance margin rate of each bracket; not modified
     * @return the table
     * @throws IllegalArgumentException if the arrays are null, of different lengths, empty, or a
     *     bracket breaks a rule of {@link #of(List)}
     */
    public static MarginTiers fromRates(double[] caps, double[] maxLeverage, double[] maintenanceMarginRates) {
        ArgChecker.notNull(caps, "caps");
        ArgChecker.notNull(maxLeverage, "maxLeverage");
        ArgChecker.notNull(maintenanceMarginRates, "maintenanceMarginRates");
        ArgChecker.isTrue(caps.length > 0, "caps", "of length 0", "hold at least one bracket");
        ArgChecker.isTrue(maxLeverage.length == caps.length, "maxLeverage", "of length " + maxLeverage.length,
                "have the length of caps, " + caps.length);
        ArgChecker.isTrue(maintenanceMarginRates.length == caps.length, "maintenanceMarginRates",
                "of length " + maintenanceMarginRates.length, "have the length of caps, " + caps.length);
        List<MarginTier> list = new ArrayList<>(caps.length);
        for (int i = 0; i < caps.length; i++) {
            double floor = i == 0 ? 0 : caps[i - 1];
            double amount = i == 0 ? 0 : continuousAmount(list.get(i - 1), floor, maintenanceMarginRates[i]);
            list.add(new MarginTier(floor, caps[i], maxLeverage[i], maintenanceMarginRates[i], amount));
        }
        return of(list);
    }

    /**
     * A single bracket without a notional limit: one maintenance margin rate, one maximum leverage.
     *
     * @param maxLeverage the maximum leverage, at least 1
     * @param maintenanceMarginRate the maintenance margin rate, in (0, 1]
     * @return the table
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MarginTiers flat(double maxLeverage, double maintenanceMarginRate) {
        return of(List.of(new MarginTier(0, Double.POSITIVE_INFINITY, maxLeverage, maintenanceMarginRate, 0)));
    }

    private static double continuousAmount(MarginTier previous, double floor, double rate) {
        return previous.maintenanceAmount() + floor * (rate - previous.maintenanceMarginRate());
    }

    /**
     * Returns the brackets in increasing notional.
     *
     * @return the brackets, unmodifiable
     */
    public List<MarginTier> tiers() {
        return tiers;
    }

    /**
     * Returns the bracket of a notional.
     *
     * @param notional the absolute notional, zero or positive, at most the last cap
     * @return the bracket
     * @throws IllegalArgumentException if the notional is negative, not finite or above the
     *     table's last cap
     */
    public MarginTier tier(double notional) {
        ArgChecker.nonNegative(notional, "notional");
        for (MarginTier t : tiers) {
            if (t.contains(notional)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Argument 'notional' must be at most the last bracket's cap "
                + tiers.get(tiers.size() - 1).notionalCap() + " but has value " + notional);
    }

    /**
     * Returns the maintenance margin of a notional, {@code notional * rate - amount} of its bracket.
     *
     * @param notional the absolute notional
     * @return the maintenance margin, in the notional's unit
     * @throws IllegalArgumentException as {@link #tier(double)}
     */
    public double maintenanceMargin(double notional) {
        return tier(notional).maintenanceMargin(notional);
    }

    /**
     * Returns the highest leverage a notional may use.
     *
     * @param notional the absolute notional
     * @return the bracket's maximum leverage
     * @throws IllegalArgumentException as {@link #tier(double)}
     */
    public double maxLeverage(double notional) {
        return tier(notional).maxLeverage();
    }

    /**
     * Returns the initial margin of a notional at a leverage, {@code notional / leverage}.
     *
     * @param notional the absolute notional
     * @param leverage the leverage, at least 1 and at most the bracket's maximum
     * @return the initial margin, in the notional's unit
     * @throws IllegalArgumentException if the notional is out of the table or the leverage above
     *     the bracket's maximum
     */
    public double initialMargin(double notional, double leverage) {
        MarginTier t = tier(notional);
        ArgChecker.isTrue(leverage >= 1 && leverage <= t.maxLeverage(), "leverage", leverage,
                String.format(Locale.ROOT, "be in [1, %s], the maximum for a notional of %s", t.maxLeverage(), notional));
        return notional / leverage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarginTiers other && tiers.equals(other.tiers);
    }

    @Override
    public int hashCode() {
        return tiers.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%18s %18s %9s %8s %16s", "notional >",
                "notional <=", "leverage", "MMR", "maint. amount"));
        for (MarginTier t : tiers) {
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%18.0f %18.0f %9.0f %7.2f%% %16.2f",
                    t.notionalFloor(), t.notionalCap(), t.maxLeverage(), 100 * t.maintenanceMarginRate(),
                    t.maintenanceAmount()));
        }
        return sb.toString();
    }
}
