package io.github.basisspread.cli;

import io.github.basisspread.models.regression.CovarianceEstimator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --cov}: {@code classical}, {@code hc0}..{@code hc3}, {@code hac} (Newey-West with
 * the automatic lag floor(4 (n/100)^(2/9))) or {@code hac:L} (Newey-West with lag L); both HAC
 * forms without the small-sample correction, as the library's default.
 */
final class CovarianceOption implements ITypeConverter<CovarianceEstimator> {

    static final String CHOICES = "classical, hc0, hc1, hc2, hc3, hac, hac:L";

    @Override
    public CovarianceEstimator convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "classical" -> CovarianceEstimator.classical();
            case "hc0" -> CovarianceEstimator.hc0();
            case "hc1" -> CovarianceEstimator.hc1();
            case "hc2" -> CovarianceEstimator.hc2();
            case "hc3" -> CovarianceEstimator.hc3();
            case "hac" -> CovarianceEstimator.neweyWest();
            default -> {
                if (v.startsWith("hac:")) {
                    try {
                        int lags = Integer.parseInt(v.substring(4));
                        if (lags >= 0) {
                            yield CovarianceEstimator.neweyWest(lags, false);
                        }
                    } catch (NumberFormatException e) {
                        // falls through to the message below
                    }
                    throw new TypeConversionException("'" + value + "': the HAC lag must be an integer >= 0");
                }
                throw new TypeConversionException("'" + value + "' is not one of " + CHOICES);
            }
        };
    }
}
