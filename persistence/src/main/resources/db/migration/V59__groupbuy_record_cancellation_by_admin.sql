-- An admin cancels a group-buy with a reason its leader reads; its members are told it was cancelled,
-- not that it failed.
alter table group_buys add column cancel_reason varchar(200);

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
    check (kind in ('ORDER_CONFIRMED', 'ORDER_PARTLY_CONFIRMED', 'ORDER_VOIDED', 'ORDER_SHORT', 'ORDER_READY',
                    'REFUND_APPROVED', 'REFUND_REJECTED', 'GROUP_BUY_CANCELLED'));
