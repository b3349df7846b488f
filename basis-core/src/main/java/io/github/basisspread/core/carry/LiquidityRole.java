package io.github.basisspread.core.carry;

/** Whether an order adds liquidity (maker) or takes it (taker), which sets its fee rate. */
public enum LiquidityRole {
    /** A resting order that adds liquidity; pays the maker fee (possibly a rebate). */
    MAKER,
    /** An order that crosses the spread and takes liquidity; pays the taker fee. */
    TAKER
}
