package com.linli.web.commission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.commission.SettlementService;
import com.linli.domain.commission.SettlementStatus;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;
import com.linli.web.shared.Csv;
import com.linli.web.shared.Times;

/**
 * 结算 in the back office: drafts for a month for every leader, each reviewed (entries, orders,
 * reversals), approved and marked paid with the payment's reference; CSV of its entries.
 */
@Controller
@RequestMapping("/admin/settlements")
class AdminSettlementController {

    private static final String LIST = "commission/admin-settlements";
    private static final String SHOW = "commission/admin-settlement";
    private static final int ENTRIES_PER_PAGE = 50;

    private final SettlementService settlements;
    private final Times times;
    private final Clock clock;

    AdminSettlementController(SettlementService settlements, Times times, Clock clock) {
        this.settlements = settlements;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") @PlainText String period,
                @RequestParam(defaultValue = "") @PlainText String status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        return listed(month(period), Arrays.stream(SettlementStatus.values())
                .filter(value -> value.name().equals(status)).findFirst().orElse(null), page, model);
    }

    /** Drafts for the month; the list comes back saying why when the month cannot be settled. */
    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") @PlainText String period,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var made = settlements.create(me.getId(), month(period));
            redirect.addFlashAttribute("message", made.isEmpty() ? "commission.settlement.none-created"
                    : "commission.settlement.created");
            return "redirect:/admin/settlements?period=" + period.strip();
        } catch (DomainException e) {
            model.addAttribute("rejection", e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listed(null, null, 0, model);
        }
    }

    @GetMapping("/{id}")
    String review(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("review", settlements.review(id, new PageQuery(page, ENTRIES_PER_PAGE)));
        return SHOW;
    }

    @PostMapping("/{id}/approve")
    ModelAndView approve(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            settlements.approve(me.getId(), id);
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return rejected(id, e);
        }
        redirect.addFlashAttribute("message", "commission.settlement.approved");
        return new ModelAndView("redirect:/admin/settlements/" + id);
    }

    @PostMapping("/{id}/paid")
    ModelAndView paid(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                      @RequestParam(defaultValue = "") @PlainText String reference, RedirectAttributes redirect) {
        try {
            settlements.markPaid(me.getId(), id, reference);
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return rejected(id, e);
        }
        redirect.addFlashAttribute("message", "commission.settlement.paid");
        return new ModelAndView("redirect:/admin/settlements/" + id);
    }

    @GetMapping("/{id}/entries.csv")
    ResponseEntity<byte[]> entriesCsv(@PathVariable long id) {
        return Csv.download("settlement-" + id + ".csv",
                List.of("流水 entry", "时间 time", "订单 order", "团购 group-buy", "商品 product", "类型 kind",
                        "件数 units", "金额 amount", "费率 rate", "佣金 commission"),
                settlements.entries(id).stream().<List<?>>map(entry -> List.of(entry.id(),
                        times.dateTime(entry.recordedAt()), entry.orderId(), entry.groupBuyTitle(),
                        entry.productName(), entry.kind().name(), entry.units(), yuan(entry.base()),
                        entry.rate().toString(), yuan(entry.amount()))).toList());
    }

    private String listed(YearMonth period, SettlementStatus status, int page, Model model) {
        var thisMonth = YearMonth.from(clock.instant().atZone(BusinessTime.ZONE));
        model.addAttribute("period", period);
        model.addAttribute("status", status);
        model.addAttribute("lastMonth", thisMonth.minusMonths(1));
        model.addAttribute("thisMonth", thisMonth);
        model.addAttribute("settlements", settlements.list(period, status, PageQuery.of(page)));
        return LIST;
    }

    /** The settlement again, saying why the action was refused; nothing changed. */
    private ModelAndView rejected(long id, DomainException rejection) {
        var page = new ModelAndView(SHOW);
        page.addObject("review", settlements.review(id, new PageQuery(0, ENTRIES_PER_PAGE)));
        page.addObject("rejection", rejection);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /** A number to a spreadsheet, so a reversal's minus is a sign and not mistaken for a formula. */
    private static BigDecimal yuan(Money amount) {
        return BigDecimal.valueOf(amount.fen(), 2);
    }

    /** {@code 2026-03}, or null: the service says which months can be settled. */
    private static YearMonth month(String text) {
        try {
            return text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
