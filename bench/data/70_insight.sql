-- The dashboards' rollups (V52 to V58) counted again from the generated data: the steps above load
-- with session_replication_role = replica, so the rollups' triggers did not see them.
select insight_rebuild();
