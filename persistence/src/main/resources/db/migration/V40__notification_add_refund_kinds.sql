alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
    check (kind in ('ORDER_CONFIRMED', 'ORDER_PARTLY_CONFIRMED', 'ORDER_VOIDED', 'ORDER_SHORT', 'ORDER_READY',
                    'REFUND_APPROVED', 'REFUND_REJECTED'));
