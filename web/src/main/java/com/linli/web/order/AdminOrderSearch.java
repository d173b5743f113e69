package com.linli.web.order;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.linli.domain.order.OrderSearch;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.PlainText;

/**
 * The admins' order search form; empty fields do not filter. A bean rather than a record, so that a
 * field that does not parse stays empty (and is shown as wrong) while the others still bind.
 */
public class AdminOrderSearch {

    private Long id;
    @Size(max = 32, message = "{order.search.member-size}")
    @PlainText
    private String member;
    private Long community;
    private Long groupBuy;
    private OrderStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    OrderSearch search() {
        return new OrderSearch(id, member, community, groupBuy, status, from, to);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    public Long getGroupBuy() {
        return groupBuy;
    }

    public void setGroupBuy(Long groupBuy) {
        this.groupBuy = groupBuy;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
