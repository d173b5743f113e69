package com.linli.domain.catalog;

/** The three prices of a product: what the platform pays, and the range a leader may sell within. */
public enum PriceKind {
    SUPPLY, FLOOR, RETAIL
}
