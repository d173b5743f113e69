package com.linli.web.groupbuy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.shared.PlainText;

/** One item row of the group-buy form; a row without a product is left out. */
public class ItemForm {

    private Long productId;
    @PlainText
    private String price;
    @Min(value = 1, message = "{groupbuy.form.threshold-invalid}")
    @Max(value = GroupBuyItem.MAX_UNITS, message = "{groupbuy.form.threshold-invalid}")
    private Integer threshold;
    @Min(value = 1, message = "{groupbuy.form.positive}")
    @Max(value = GroupBuyItem.MAX_UNITS, message = "{groupbuy.form.positive}")
    private Integer stockLimit;
    @Min(value = 1, message = "{groupbuy.form.positive}")
    @Max(value = GroupBuyItem.MAX_UNITS, message = "{groupbuy.form.positive}")
    private Integer perMemberLimit;
    /** 阶梯价 as "quantity:price" pairs, e.g. "20:18.00, 50:16.00". */
    @PlainText
    private String tiers;

    boolean isBlank() {
        return productId == null;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public Integer getStockLimit() {
        return stockLimit;
    }

    public void setStockLimit(Integer stockLimit) {
        this.stockLimit = stockLimit;
    }

    public Integer getPerMemberLimit() {
        return perMemberLimit;
    }

    public void setPerMemberLimit(Integer perMemberLimit) {
        this.perMemberLimit = perMemberLimit;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }
}
