package com.linli.web.fulfilment;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.fulfilment.PickList;
import com.linli.domain.fulfilment.PickListService;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;
import com.linli.web.shared.Csv;
import com.linli.web.shared.Dates;
import com.linli.web.shared.Times;

/**
 * 分拣单 of the leader's pickup point, per pickup date or per group-buy: by member for handing out,
 * by product for counting; printable with check boxes, and as CSV.
 */
@Controller
class PickListController {

    private static final String PICK_LIST = "fulfilment/pick-list";

    private final PickListService pickLists;
    private final Times times;

    PickListController(PickListService pickLists, Times times) {
        this.pickLists = pickLists;
        this.times = times;
    }

    @GetMapping("/leader/pick-lists")
    String ofDate(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") @PlainText String date,
                  @RequestParam(defaultValue = "member") @PlainText String by, Model model) {
        return page(pickLists.ofDate(me.getId(), Dates.date(date)), by, null, model);
    }

    @GetMapping("/leader/group-buys/{id}/pick-list")
    String ofGroupBuy(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                      @RequestParam(defaultValue = "member") @PlainText String by, Model model) {
        return page(pickLists.ofGroupBuy(me.getId(), id), by, id, model);
    }

    @GetMapping("/leader/pick-lists.csv")
    ResponseEntity<byte[]> ofDateCsv(@AuthenticationPrincipal SignedInUser me,
                                     @RequestParam(defaultValue = "") @PlainText String date,
                                     @RequestParam(defaultValue = "member") @PlainText String by) {
        var pickList = pickLists.ofDate(me.getId(), Dates.date(date));
        return csv("pick-list-" + times.date(pickList.pickupDate()), pickList, by);
    }

    @GetMapping("/leader/group-buys/{id}/pick-list.csv")
    ResponseEntity<byte[]> ofGroupBuyCsv(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                         @RequestParam(defaultValue = "member") @PlainText String by) {
        return csv("pick-list-group-buy-" + id, pickLists.ofGroupBuy(me.getId(), id), by);
    }

    private static String page(PickList pickList, String by, Long groupBuyId, Model model) {
        model.addAttribute("pickList", pickList);
        model.addAttribute("byProduct", "product".equals(by));
        model.addAttribute("groupBuyId", groupBuyId);
        return PICK_LIST;
    }

    private static ResponseEntity<byte[]> csv(String name, PickList pickList, String by) {
        if ("product".equals(by)) {
            return Csv.download(name + "-by-product.csv", List.of("商品 product", "单位 unit", "数量 quantity", "笔数 lines"),
                    pickList.byProduct().stream().<List<?>>map(count -> List.of(count.productName(), count.unit(),
                            count.quantity(), count.lines())).toList());
        }
        return Csv.download(name + "-by-member.csv", List.of("成员 member", "电话 phone", "团购 group-buy",
                        "商品 product", "单位 unit", "数量 quantity", "金额 amount", "已提货 picked up"),
                pickList.byMember().stream().flatMap(member -> member.lines().stream()).<List<?>>map(line -> List.of(
                        line.memberName(), line.phone() == null ? "" : line.phone(), line.groupBuyTitle(),
                        line.productName(), line.unit(), line.quantity(), line.amount().toYuan(),
                        line.isPickedUp() ? "✓" : "")).toList());
    }
}
