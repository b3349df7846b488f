package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.models.simulation.MarketConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants beyond the nanosecond range (1677-2262) are refused by name, not wrapped around. */
class EpochNanosRangeTest {

    private static final Instant YEAR_3000 = Instant.parse("3000-01-01T00:00:00Z");

    @Test
    void carryConvergence_refusesAnExpiryBeyondTheNanosecondRange() {
        // The unchecked seconds * 1e9 overflowed to a date in 1757 and forecast from it.
        assertThatThrownBy(() -> Forecasters.carryConvergence(YEAR_3000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'expiry'")
                .hasMessageContaining("between 1677 and 2262")
                .hasMessageContaining("3000-01-01T00:00:00Z");
    }

    @Test
    void marketGrid_refusesAStartBeyondTheNanosecondRange() {
        assertThatThrownBy(() -> MarketConfig.defaults().withGrid(YEAR_3000, Duration.ofHours(1), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'start'")
                .hasMessageContaining("between 1677 and 2262");
    }
}
