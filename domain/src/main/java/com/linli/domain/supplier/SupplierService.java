package com.linli.domain.supplier;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Admins keep the suppliers: create, edit, deactivate and reactivate them; each change is audited. */
@Service
@Transactional
public class SupplierService {

    private final Suppliers suppliers;
    private final AuditLog audit;
    private final Clock clock;

    SupplierService(Suppliers suppliers, AuditLog audit, Clock clock) {
        this.suppliers = suppliers;
        this.audit = audit;
        this.clock = clock;
    }

    public Supplier create(SupplierDetails details) {
        return audited(AuditAction.SUPPLIER_CREATED, suppliers.save(Supplier.register(details, clock.instant())));
    }

    public Supplier edit(long id, SupplierDetails details) {
        var supplier = load(id);
        supplier.edit(details, clock.instant());
        return audited(AuditAction.SUPPLIER_EDITED, suppliers.save(supplier));
    }

    public Supplier deactivate(long id) {
        var supplier = load(id);
        supplier.deactivate(clock.instant());
        return audited(AuditAction.SUPPLIER_DEACTIVATED, suppliers.save(supplier));
    }

    public Supplier reactivate(long id) {
        var supplier = load(id);
        supplier.reactivate(clock.instant());
        return audited(AuditAction.SUPPLIER_REACTIVATED, suppliers.save(supplier));
    }

    private Supplier audited(AuditAction action, Supplier supplier) {
        audit.record(action, supplier.getId(), supplier.getName());
        return supplier;
    }

    @Transactional(readOnly = true)
    public Supplier supplier(long id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public Paged<Supplier> search(String text, PageQuery page) {
        return suppliers.search(text, page);
    }

    @Transactional(readOnly = true)
    public List<Supplier> all() {
        return suppliers.findAllByOrderByNameAsc();
    }

    /** What a product's form offers: the active suppliers, and the product's own if it has one. */
    @Transactional(readOnly = true)
    public List<Supplier> choosable(Long ownSupplierId) {
        return suppliers.findChoosable(ownSupplierId);
    }

    private Supplier load(long id) {
        return suppliers.findById(id).orElseThrow(() -> new NotFound("supplier", id));
    }
}
