package io.github.basisspread.models.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user-defined stress scenario: a name and a list of {@link Shock}s, applied to today's market
 * at one instant by {@link StressTests#userDefined}. Read from a CSV by {@link ScenarioTable}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the scenario's name, not blank
 * @param shocks the shocks, not empty, at most one per type and target
 */
public record Scenario(String name, List<Shock> shocks) {

    /**
     * Validates and copies.
     *
     * @param name the name
     * @param shocks the shocks
     * @throws IllegalArgumentException naming the argument if it is blank, empty, holds a null or
     *     two shocks of one type on one target
     */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw RiskArgs.fail("name", name == null ? "null" : "'" + name + "'", "not be blank");
        }
        RiskArgs.notNull(shocks, "shocks");
        if (shocks.isEmpty()) {
            throw RiskArgs.fail("shocks", "[]", "hold at least one shock (scenario " + name + ")");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < shocks.size(); i++) {
            Shock s = RiskArgs.notNull(shocks.get(i), "shocks[" + i + "]");
            if (!seen.add(s.type() + " " + s.target())) {
                throw RiskArgs.fail("shocks", s.type() + " " + s.target() + " twice",
                        "hold one shock per type and target (scenario " + name + ")");
            }
        }
        shocks = List.copyOf(shocks);
    }

    /**
     * A scenario of the given shocks.
     *
     * @param name the name, not blank
     * @param shocks the shocks
     * @return the scenario
     * @throws IllegalArgumentException as the constructor
     */
    public static Scenario of(String name, Shock... shocks) {
        return new Scenario(name, List.of(RiskArgs.notNull(shocks, "shocks")));
    }
}
