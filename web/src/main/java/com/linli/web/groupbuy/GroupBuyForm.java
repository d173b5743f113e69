package com.linli.web.groupbuy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PlainText;

/** The leader's group-buy form: texts, cutoff and pickup in Shanghai time, and up to {@value #ROWS} items. */
public class GroupBuyForm {

    static final int ROWS = 5;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{groupbuy.form.title-size}")
    @PlainText
    private String title;

    @Size(max = 2000, message = "{groupbuy.form.pitch-size}")
    @PlainText(multiline = true)
    private String pitch;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime closesAt;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pickupDate;

    private List<@Valid ItemForm> items = new ArrayList<>();

    /** Narrows the products the rows offer: a catalog has more than a list can show. */
    @Size(max = 50, message = "{groupbuy.form.productSearch-size}")
    @PlainText
    private String productSearch;

    static GroupBuyForm empty() {
        var form = new GroupBuyForm();
        form.fillRows();
        return form;
    }

    static GroupBuyForm of(GroupBuy groupBuy) {
        var form = new GroupBuyForm();
        form.title = groupBuy.getTitle();
        form.pitch = groupBuy.getPitch();
        form.closesAt = groupBuy.getClosesAt().atZone(BusinessTime.ZONE).toLocalDateTime();
        form.pickupDate = groupBuy.getPickupDate();
        for (var item : groupBuy.getItems()) {
            var row = new ItemForm();
            row.setProductId(item.getProductId());
            row.setPrice(item.getPrice().toYuan());
            row.setThreshold(item.getThreshold());
            row.setStockLimit(item.getStockLimit());
            row.setPerMemberLimit(item.getPerMemberLimit());
            row.setTiers(item.getTiers().stream().map(tier -> tier.minQuantity() + ":" + tier.price().toYuan())
                    .collect(Collectors.joining(", ")));
            form.items.add(row);
        }
        form.fillRows();
        return form;
    }

    /** Blank rows up to the form's size, so a leader can add items without scripts. */
    void fillRows() {
        while (items.size() < ROWS) {
            items.add(new ItemForm());
        }
    }

    /** The products chosen in the rows so far. */
    List<Long> chosenProductIds() {
        return items.stream().filter(row -> !row.isBlank()).map(ItemForm::getProductId).distinct().toList();
    }

    GroupBuyDetails details() {
        return new GroupBuyDetails(title, pitch, closesAt.atZone(BusinessTime.ZONE).toInstant(), pickupDate);
    }

    /** The filled rows as domain requests; what cannot be read becomes a field error. */
    List<ItemRequest> itemRequests(BindingResult result) {
        var requests = new ArrayList<ItemRequest>();
        for (int i = 0; i < items.size(); i++) {
            var row = items.get(i);
            if (row.isBlank()) {
                continue;
            }
            var field = "items[" + i + "].";
            var price = yuan(row.getPrice(), result, field + "price");
            var tiers = tiers(row.getTiers(), result, field + "tiers");
            if (row.getThreshold() == null && !result.hasFieldErrors(field + "threshold")) {
                result.rejectValue(field + "threshold", "groupbuy.form.threshold-invalid");
            }
            if (price != null && tiers != null && row.getThreshold() != null) {
                requests.add(new ItemRequest(row.getProductId(), price, row.getThreshold(), row.getStockLimit(),
                        row.getPerMemberLimit(), tiers));
            }
        }
        if (requests.isEmpty() && !result.hasErrors()) {
            result.reject("groupbuy.items-required");
        }
        return requests;
    }

    private static Money yuan(String text, BindingResult result, String field) {
        try {
            var money = Money.parseYuan(text == null ? "" : text);
            if (money.fen() > 0) {
                return money;
            }
        } catch (IllegalArgumentException e) {
            // refused below, as for a non-positive amount
        }
        result.rejectValue(field, "groupbuy.form.price-invalid");
        return null;
    }

    private static List<PriceTier> tiers(String text, BindingResult result, String field) {
        var tiers = new ArrayList<PriceTier>();
        if (text == null || text.isBlank()) {
            return tiers;
        }
        try {
            for (var pair : text.split("[,，\\s]+")) {
                if (pair.isBlank()) {
                    continue;
                }
                var parts = pair.split("[:：]");
                tiers.add(new PriceTier(Integer.parseInt(parts[0].strip()), Money.parseYuan(parts[1])));
            }
            return tiers;
        } catch (RuntimeException e) {
            result.rejectValue(field, "groupbuy.form.tiers-format");
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPitch() {
        return pitch;
    }

    public void setPitch(String pitch) {
        this.pitch = pitch;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public void setPickupDate(LocalDate pickupDate) {
        this.pickupDate = pickupDate;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items;
    }

    public String getProductSearch() {
        return productSearch;
    }

    public void setProductSearch(String productSearch) {
        this.productSearch = productSearch;
    }
}
