package com.linli.domain.aftersale;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.catalog.StoredImage;
import com.linli.domain.catalog.UploadedImage;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.order.OrderFulfilmentService;
import com.linli.domain.order.OrderService;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * 售后: members ask for units of their collected lines back within {@code linli.aftersale.refund-window-days}
 * after pickup; the point's leader or an admin decides. An approval refunds the units on the order,
 * which reverses their commission in the ledger; the member is told either way. Decisions are audited.
 */
@Service
@Transactional
public class AfterSaleService {

    private final RefundRequests requests;
    private final RefundPhotos photos;
    private final AfterSaleViews views;
    private final OrderService orders;
    private final OrderFulfilmentService refunds;
    private final GroupBuyService groupBuys;
    private final LeaderService leaders;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final int windowDays;

    AfterSaleService(RefundRequests requests, RefundPhotos photos, AfterSaleViews views, OrderService orders,
                     OrderFulfilmentService refunds, GroupBuyService groupBuys, LeaderService leaders,
                     ApplicationEventPublisher events, AuditLog audit, Clock clock,
                     @Value("${linli.aftersale.refund-window-days:7}") int windowDays) {
        this.requests = requests;
        this.photos = photos;
        this.views = views;
        this.orders = orders;
        this.refunds = refunds;
        this.groupBuys = groupBuys;
        this.leaders = leaders;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.windowDays = windowDays;
    }

    /** The member's collected order: what may still be asked back, and what was. */
    @Transactional(readOnly = true)
    public OrderAfterSale forOrder(long memberId, long orderId) {
        var order = orders.mine(memberId, orderId);
        if (order.getPickedUpAt() == null) {
            throw new AfterSaleRejected("aftersale.not-picked-up", order.getStatus());
        }
        var requested = views.ofOrder(orderId);
        var windowEnds = RefundRequest.windowEnd(order, windowDays);
        var lines = order.getLines().stream().filter(line -> line.isActive() && line.getCollectedQuantity() > 0)
                .map(line -> new OrderAfterSale.Line(line.getId(), line.getProductName(), line.getUnit(),
                        line.getCollectedQuantity(), line.getRefundedQuantity(), line.getChargedUnitPrice(),
                        requested.stream().anyMatch(request -> request.isPending()
                                && request.orderLineId() == line.getId())))
                .toList();
        return new OrderAfterSale(orderId, groupBuys.groupBuy(order.getGroupBuyId()).getTitle(), order.getPickedUpAt(),
                windowEnds, clock.instant().isBefore(windowEnds), lines, requested);
    }

    /**
     * @param photo the bytes of an uploaded photo, or null
     * @throws com.linli.domain.catalog.ImageRefused when the photo is not a usable image
     */
    public RefundRequest request(long memberId, long orderId, long lineId, int quantity, String reason, byte[] photo) {
        var now = clock.instant();
        var request = RefundRequest.request(orders.mine(memberId, orderId), lineId, quantity, reason, photo != null,
                windowDays, now);
        var image = photo == null ? null : UploadedImage.decode(photo);
        if (requests.existsByOrderLineIdAndStatus(lineId, RefundStatus.PENDING)) {
            throw new AfterSaleRejected("aftersale.already-pending", request.getProductName());
        }
        RefundRequest saved;
        try {
            saved = requests.saveAndFlush(request);
        } catch (DataIntegrityViolationException e) {
            // sent twice at once: both passed the check above, the one-waiting index lets one through
            throw new AfterSaleRejected("aftersale.already-pending", request.getProductName());
        }
        if (image != null) {
            photos.save(RefundPhoto.of(saved.getId(), image, now));
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public Paged<RefundRow> mine(long memberId, PageQuery page) {
        return views.ofMember(memberId, page);
    }

    /** The requests of the leader's own pickup point, waiting or decided. */
    @Transactional(readOnly = true)
    public Paged<RefundRow> ofPoint(long leaderUserId, boolean pending, PageQuery page) {
        return views.ofCommunity(pickupPointOf(leaderUserId), pending, page);
    }

    @Transactional(readOnly = true)
    public Paged<RefundRow> all(boolean pending, PageQuery page) {
        return views.all(pending, page);
    }

    public RefundRequest approveAsLeader(long leaderUserId, long requestId, String reason) {
        return approve(lockedOfPoint(leaderUserId, requestId), leaderUserId, reason);
    }

    public RefundRequest rejectAsLeader(long leaderUserId, long requestId, String reason) {
        return reject(lockedOfPoint(leaderUserId, requestId), leaderUserId, reason);
    }

    public RefundRequest approveAsAdmin(long adminId, long requestId, String reason) {
        return approve(locked(requestId), adminId, reason);
    }

    public RefundRequest rejectAsAdmin(long adminId, long requestId, String reason) {
        return reject(locked(requestId), adminId, reason);
    }

    @Transactional(readOnly = true)
    public StoredImage photoForMember(long memberId, long requestId, boolean thumbnail) {
        return photo(requests.findById(requestId).filter(request -> request.getMemberId() == memberId), requestId,
                thumbnail);
    }

    @Transactional(readOnly = true)
    public StoredImage photoForLeader(long leaderUserId, long requestId, boolean thumbnail) {
        var communityId = pickupPointOf(leaderUserId);
        return photo(requests.findById(requestId).filter(request -> request.getCommunityId() == communityId),
                requestId, thumbnail);
    }

    @Transactional(readOnly = true)
    public StoredImage photoForAdmin(long requestId, boolean thumbnail) {
        return photo(requests.findById(requestId), requestId, thumbnail);
    }

    private StoredImage photo(Optional<RefundRequest> request, long requestId, boolean thumbnail) {
        Function<Long, Optional<StoredImage>> size = thumbnail ? photos::findThumbnail : photos::findOriginal;
        return request.flatMap(found -> size.apply(found.getId()))
                .orElseThrow(() -> new NotFound("refund photo", requestId));
    }

    private RefundRequest approve(RefundRequest request, long deciderId, String reason) {
        request.approve(deciderId, reason, clock.instant());
        var refunded = refunds.refund(request.getOrderId(), request.getOrderLineId(), request.getQuantity(),
                request.getId());
        return decided(request, AuditAction.REFUND_APPROVED, refunded.toString());
    }

    private RefundRequest reject(RefundRequest request, long deciderId, String reason) {
        request.reject(deciderId, reason, clock.instant());
        return decided(request, AuditAction.REFUND_REJECTED, request.getDecisionReason());
    }

    private RefundRequest decided(RefundRequest request, AuditAction action, String detail) {
        var saved = requests.save(request);
        events.publishEvent(new RefundDecided(saved.getId(), saved.getOrderId(), saved.getMemberId(), saved.getStatus()));
        audit.record(action, saved.getId(), saved.getProductName() + " ×" + saved.getQuantity() + " · " + detail);
        return saved;
    }

    /** A request of the leader's own point, locked; anyone else's is not found. */
    private RefundRequest lockedOfPoint(long leaderUserId, long requestId) {
        var communityId = pickupPointOf(leaderUserId);
        var request = locked(requestId);
        if (request.getCommunityId() != communityId) {
            throw new NotFound("refund request", requestId);
        }
        return request;
    }

    private RefundRequest locked(long requestId) {
        return requests.findForDecision(requestId).orElseThrow(() -> new NotFound("refund request", requestId));
    }

    private long pickupPointOf(long leaderUserId) {
        return leaders.activeLeader(leaderUserId).getCommunityId();
    }
}
