package com.linli.domain.groupbuy;

import jakarta.persistence.Embeddable;

import com.linli.domain.shared.Money;

/** 阶梯价: once the item's total quantity reaches {@code minQuantity}, every unit costs {@code price}. */
@Embeddable
public record PriceTier(int minQuantity, Money price) {
}
