package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Any expiry rule restricted to the quarter months March, June, September and December.
 *
 * <p>Immutable and thread-safe if the underlying rule is.
 *
 * @param base the unrestricted rule
 */
record QuarterlyExpiryRule(ExpiryRule base) implements ExpiryRule {

    QuarterlyExpiryRule {
        ArgChecker.notNull(base, "base");
    }

    @Override
    public Instant expiry(YearMonth contractMonth) {
        ArgChecker.notNull(contractMonth, "contractMonth");
        ArgChecker.isTrue(isContractMonth(contractMonth), "contractMonth", contractMonth,
                "be a quarterly contract month (March, June, September or December) of " + base);
        return base.expiry(contractMonth);
    }

    @Override
    public boolean isContractMonth(YearMonth month) {
        ArgChecker.notNull(month, "month");
        return month.getMonthValue() % 3 == 0 && base.isContractMonth(month);
    }

    @Override
    public ExpiryRule quarterly() {
        return this;
    }
}
