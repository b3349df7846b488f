package io.github.basisspread.core.instrument;

import io.github.basisspread.core.internal.ArgChecker;

/** Checks shared by the instrument records. */
final class InstrumentArgs {

    private InstrumentArgs() {
    }

    /** Checks the names and venue common to every instrument. */
    static void common(String symbol, String baseAsset, String quoteCurrency, String settlementCurrency, Venue venue) {
        ArgChecker.notBlank(symbol, "symbol");
        ArgChecker.notBlank(baseAsset, "baseAsset");
        ArgChecker.notBlank(quoteCurrency, "quoteCurrency");
        ArgChecker.notBlank(settlementCurrency, "settlementCurrency");
        ArgChecker.notNull(venue, "venue");
    }

    /**
     * Checks that the settlement currency fits the settlement type (see {@link Settlement}):
     * linear pays in the quote currency, inverse in the base asset, quanto in a third currency.
     */
    static void settlementCurrency(ContractSpec contract, String baseAsset, String quoteCurrency,
            String settlementCurrency) {
        ArgChecker.notNull(contract, "contract");
        boolean consistent = switch (contract.settlement()) {
            case LINEAR -> settlementCurrency.equals(quoteCurrency);
            case INVERSE -> settlementCurrency.equals(baseAsset);
            case QUANTO -> !settlementCurrency.equals(quoteCurrency);
        };
        String requirement = switch (contract.settlement()) {
            case LINEAR -> "equal quoteCurrency '" + quoteCurrency + "' for a LINEAR contract";
            case INVERSE -> "equal baseAsset '" + baseAsset + "' for an INVERSE contract";
            case QUANTO -> "differ from quoteCurrency '" + quoteCurrency + "' for a QUANTO contract";
        };
        ArgChecker.isTrue(consistent, "settlementCurrency", "'" + settlementCurrency + "'", requirement);
    }
}
