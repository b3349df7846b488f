package io.github.basisspread.models.risk;

import io.github.basisspread.core.arbitrage.ContractPosition;
import io.github.basisspread.core.arbitrage.Side;
import io.github.basisspread.core.funding.FundingAccrual;
import io.github.basisspread.core.funding.FundingPayment;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.ContractSpec;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import java.time.Instant;
import java.util.List;

/**
 * One position of a {@link Book}: an instrument, a signed size, the entry price and the entry time.
 *
 * <ul>
 *   <li>{@link Spot}: {@code quantity} is in coins; negative is a short via borrowed coins (the
 *       borrow fee is not modelled here). P&amp;L in the quote currency {@code q (S - entry)}.</li>
 *   <li>Linear {@link DatedFuture} or {@link PerpetualSwap}: {@code quantity} is in contracts of
 *       {@code contractSize} coins; P&amp;L {@code q size (F - entry)} in the quote currency.</li>
 *   <li>Inverse (coin-margined): {@code quantity} is in contracts of {@code contractSize} quote
 *       currency face value; P&amp;L in coin {@code q face (1/entry - 1/F)}
 *       ({@link ContractPosition#pnl(double)}), worth that times the underlying's spot price in
 *       the quote currency.</li>
 *   <li>Quanto: {@code quantity} is in contracts paying {@code contractSize x multiplier} of the
 *       settlement currency per point of the price (BitMEX ETHUSD: 1 x 0.000001 XBT per USD);
 *       P&amp;L in the settlement currency {@code q size multiplier (F - entry)}, worth that times
 *       the settlement currency's spot price in the quote currency, which the {@link Quotes} must
 *       then hold ({@code spot("BTC")} for a contract settled in BTC).</li>
 * </ul>
 *
 * <p>Funding on a perpetual is accrued over {@code [entryTime, quotes time)} from the settlements
 * in the {@link Quotes}, discretely (every venue but Deribit) or continuously (Deribit), see
 * {@link FundingAccrual}; the notional each settlement pays on is taken at the snapshot's mark
 * price (the marks at past settlements are not in the snapshot).
 *
 * <p>Immutable and thread-safe.
 *
 * @param instrument the instrument, not null
 * @param quantity the signed size (coins for spot, contracts for derivatives), finite, not zero
 * @param entryPrice the entry price in the quote currency, positive and finite
 * @param entryTime when the position was opened, not null
 */
public record Position(Instrument instrument, double quantity, double entryPrice, Instant entryTime) {

    /**
     * Validates the components.
     *
     * @param instrument the instrument
     * @param quantity the quantity
     * @param entryPrice the entry price
     * @param entryTime the entry time
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public Position {
        RiskArgs.notNull(instrument, "instrument");
        if (!Double.isFinite(quantity) || quantity == 0) {
            throw RiskArgs.fail("quantity", quantity, "be finite and not zero");
        }
        RiskArgs.positive(entryPrice, "entryPrice");
        RiskArgs.notNull(entryTime, "entryTime");
    }

    /**
     * Creates a position.
     *
     * @param instrument the instrument, not null
     * @param quantity the signed size (coins for spot, contracts for derivatives)
     * @param entryPrice the entry price, positive
     * @param entryTime when it was opened, not null
     * @return the position
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static Position of(Instrument instrument, double quantity, double entryPrice, Instant entryTime) {
        return new Position(instrument, quantity, entryPrice, entryTime);
    }

    /**
     * Returns the underlying's code.
     *
     * @return the base asset
     */
    public String underlying() {
        return instrument.baseAsset();
    }

    /**
     * Returns the venue.
     *
     * @return the venue
     */
    public Venue venue() {
        return instrument.venue();
    }

    /**
     * Returns the settlement: {@link Settlement#LINEAR} for spot.
     *
     * @return the settlement
     */
    public Settlement settlement() {
        return instrument instanceof Derivative d ? d.contract().settlement() : Settlement.LINEAR;
    }

    /**
     * Returns the mark price in the quotes: the underlying's spot price for spot, the symbol's
     * price for a derivative.
     *
     * @param quotes the quotes, not null
     * @return the mark price
     * @throws IllegalArgumentException if the quote is missing
     */
    public double markPrice(Quotes quotes) {
        return instrument instanceof Spot ? quotes.spot(underlying()) : quotes.price(instrument.symbol());
    }

    /**
     * Returns the price P&amp;L since entry in the settlement currency: the quote currency for
     * spot and linear contracts, the coin for inverse ones.
     *
     * @param markPrice the mark price, positive
     * @return the signed P&amp;L
     */
    double pricePnlInSettlement(double markPrice) {
        if (instrument instanceof Derivative d) {
            ContractSpec c = d.contract();
            Side side = quantity > 0 ? Side.LONG : Side.SHORT;
            return ContractPosition.of(side, c.settlement(), Math.abs(quantity), settlementUnits(c), entryPrice)
                    .pnl(markPrice);
        }
        return quantity * (markPrice - entryPrice);
    }

    /**
     * Returns the funding received (negative when paid) since entry, in the settlement currency.
     *
     * @param quotes the quotes with the funding settlements, not null
     * @param markPrice the mark price the notional is taken at
     * @return the signed funding cash flow, zero for spot and dated futures
     */
    double fundingInSettlement(Quotes quotes, double markPrice) {
        if (!(instrument instanceof PerpetualSwap perp) || !quotes.time().isAfter(entryTime)) {
            return 0;
        }
        List<FundingRate> history = quotes.fundingHistory(perp.symbol());
        if (history.isEmpty()) {
            return 0;
        }
        double rate = perp.venue() == Venue.DERIBIT
                ? FundingAccrual.continuousRate(history, entryTime, quotes.time())
                : FundingAccrual.discreteRate(history, entryTime, quotes.time());
        return fundingCashFlow(perp, markPrice, rate);
    }

    /**
     * The settlement-currency units a contract pays per point of price (linear: coins; quanto:
     * size x multiplier) or, for an inverse contract, its face value.
     */
    static double settlementUnits(ContractSpec c) {
        return c.settlement() == Settlement.QUANTO ? c.contractSize() * c.quantoMultiplier().getAsDouble()
                : c.contractSize();
    }

    /**
     * The cash flow to this position of a funding rate {@code rate} on its notional at
     * {@code markPrice}, in the settlement currency (quanto: on the settlement notional
     * {@code |q| size multiplier F}).
     */
    double fundingCashFlow(PerpetualSwap perp, double markPrice, double rate) {
        ContractSpec c = perp.contract();
        double payment = c.settlement() == Settlement.INVERSE
                ? FundingPayment.inverse(Math.abs(quantity), c.contractSize(), markPrice, rate)
                : FundingPayment.linear(Math.abs(quantity) * settlementUnits(c), markPrice, rate);
        return quantity > 0 ? FundingPayment.longCashFlow(payment) : FundingPayment.shortCashFlow(payment);
    }

    /**
     * Converts an amount in this position's settlement currency to the quote currency: inverse at
     * the underlying's spot price, quanto at the settlement currency's spot price.
     */
    double toQuote(double settlementAmount, Quotes quotes) {
        return switch (settlement()) {
            case LINEAR -> settlementAmount;
            case INVERSE -> settlementAmount * quotes.spot(underlying());
            case QUANTO -> settlementAmount * quotes.spot(instrument.settlementCurrency());
        };
    }

    /**
     * Returns the signed notional in the quote currency at a mark price: spot {@code q S}, linear
     * {@code q size F}, inverse {@code q face}, quanto {@code q size multiplier F X} with {@code X}
     * the settlement currency's spot price.
     *
     * @param markPrice the mark price, positive
     * @param quotes the quotes (for the quanto conversion), not null
     * @return the signed notional
     */
    double notionalInQuote(double markPrice, Quotes quotes) {
        if (instrument instanceof Derivative d) {
            ContractSpec c = d.contract();
            return c.settlement() == Settlement.QUANTO ? toQuote(c.settlementNotional(markPrice, quantity), quotes)
                    : c.notional(markPrice, quantity);
        }
        return quantity * markPrice;
    }

    /**
     * Values the position in the quotes.
     *
     * @param quotes the quotes, not null
     * @return the valuation
     * @throws IllegalArgumentException if a quote is missing
     */
    public PositionValuation value(Quotes quotes) {
        RiskArgs.notNull(quotes, "quotes");
        double mark = markPrice(quotes);
        double spot = quotes.spot(underlying());
        double priceQuote = toQuote(pricePnlInSettlement(mark), quotes);
        double fundingQuote = toQuote(fundingInSettlement(quotes, mark), quotes);
        return new PositionValuation(this, mark, notionalInQuote(mark, quotes), priceQuote, fundingQuote,
                (priceQuote + fundingQuote) / spot);
    }
}
