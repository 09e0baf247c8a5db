-- Row-level security for the demo warehouse (PostgreSQL): the database's own check of the access policy's
-- row rules (region, online_offline), independent of the SQL the compiler writes.
--
-- How it works: with Warehouse:EnforceRowRulesInDatabase=true each query runs in a read-only transaction that
-- switches to the reader role (SET LOCAL ROLE; superusers and table owners bypass row-level security) and
-- sets, for that transaction only, ma.region and ma.online_offline to '*' (every row) or a JSON array of the
-- codes the caller may see. The policies below read those settings. A setting that is not set, or empty, shows
-- no rows: forgetting to set the scope hides data instead of revealing it.
--
-- Facts are policed; master data (regions, stores, channels, products) is not, since facts join it for their
-- dimensions. customers is both a fact (member counts) and joined by orders and appointments for member_level:
-- a customer is visible when in the caller's regions, or when linked to an order or appointment the caller may see
-- (so a visible order keeps its member level).
--
-- Install with `dotnet run --project src/MetricAssistant.Cli -- demo install-row-rules` (replaces __READER_ROLE__
-- with Warehouse:RowRulesRole). Idempotent; run it again after the tables are recreated.

DO $$
BEGIN
    CREATE ROLE __READER_ROLE__ NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- roles are per server: another database (or a concurrent install) made it already
END
$$;

DO $$
BEGIN
    -- The connecting user must be a member to SET ROLE to it (a superuser may anyway).
    EXECUTE format('GRANT %I TO %I', '__READER_ROLE__', current_user);
EXCEPTION WHEN invalid_grant_operation OR duplicate_object THEN
    NULL;
END
$$;

CREATE SCHEMA IF NOT EXISTS ma_rls;

-- Whether the caller may see rows whose <dimension> is <code>: '*' lets all through, a JSON array names the codes,
-- anything else (unset, empty) lets nothing through.
CREATE OR REPLACE FUNCTION ma_rls.allows(dimension text, code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT CASE coalesce(current_setting('ma.' || dimension, true), '')
        WHEN '' THEN false
        WHEN '*' THEN true
        ELSE code IS NOT NULL AND code IN (SELECT jsonb_array_elements_text(current_setting('ma.' || dimension, true)::jsonb))
    END
$fn$;

-- Whether the caller may see every row of <dimension> (then rows with no value for it are visible too).
-- The policies call it as (SELECT ma_rls.allows_all(...)): an InitPlan, evaluated once per query, not per row.
CREATE OR REPLACE FUNCTION ma_rls.allows_all(dimension text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(current_setting('ma.' || dimension, true), '') = '*'
$fn$;

GRANT USAGE ON SCHEMA ma_rls TO __READER_ROLE__;
GRANT EXECUTE ON FUNCTION ma_rls.allows(text, text), ma_rls.allows_all(text) TO __READER_ROLE__;
GRANT USAGE ON SCHEMA public TO __READER_ROLE__;
GRANT SELECT ON regions, stores, channels, products, customers, orders, order_items, refunds,
    appointments, store_staff_monthly, store_traffic, demo_metadata TO __READER_ROLE__;

-- The customers policy looks up a customer's orders and appointments.
CREATE INDEX IF NOT EXISTS ma_rls_orders_customer ON orders (customer_id);
CREATE INDEX IF NOT EXISTS ma_rls_appointments_customer ON appointments (customer_id);

-- orders: region through the store, online/offline through the channel.
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON orders;
CREATE POLICY ma_scope ON orders FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) OR store_id IN (SELECT s.store_id FROM stores s WHERE ma_rls.allows('region', s.region_code)))
    AND ((SELECT ma_rls.allows_all('online_offline')) OR channel_code IN (
        SELECT c.channel_code FROM channels c WHERE ma_rls.allows('online_offline', CASE WHEN c.is_online THEN 'online' ELSE 'offline' END))));

-- store_traffic: the same two paths.
ALTER TABLE store_traffic ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON store_traffic;
CREATE POLICY ma_scope ON store_traffic FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) OR store_id IN (SELECT s.store_id FROM stores s WHERE ma_rls.allows('region', s.region_code)))
    AND ((SELECT ma_rls.allows_all('online_offline')) OR channel_code IN (
        SELECT c.channel_code FROM channels c WHERE ma_rls.allows('online_offline', CASE WHEN c.is_online THEN 'online' ELSE 'offline' END))));

-- order_items and refunds: visible with their order (the orders policy applies inside the lookup).
ALTER TABLE order_items ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON order_items;
CREATE POLICY ma_scope ON order_items FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) AND (SELECT ma_rls.allows_all('online_offline')))
    OR EXISTS (SELECT 1 FROM orders o WHERE o.order_id = order_items.order_id));

ALTER TABLE refunds ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON refunds;
CREATE POLICY ma_scope ON refunds FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) AND (SELECT ma_rls.allows_all('online_offline')))
    OR EXISTS (SELECT 1 FROM orders o WHERE o.order_id = refunds.order_id));

-- Headcount and appointments have a store but no channel: a caller limited by online/offline sees none of them.
ALTER TABLE store_staff_monthly ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON store_staff_monthly;
CREATE POLICY ma_scope ON store_staff_monthly FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) OR store_id IN (SELECT s.store_id FROM stores s WHERE ma_rls.allows('region', s.region_code)))
    AND (SELECT ma_rls.allows_all('online_offline')));

ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON appointments;
CREATE POLICY ma_scope ON appointments FOR SELECT USING (
    ((SELECT ma_rls.allows_all('region')) OR store_id IN (SELECT s.store_id FROM stores s WHERE ma_rls.allows('region', s.region_code)))
    AND (SELECT ma_rls.allows_all('online_offline')));

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ma_scope ON customers;
CREATE POLICY ma_scope ON customers FOR SELECT USING (
    (ma_rls.allows('region', region_code) AND (SELECT ma_rls.allows_all('online_offline')))
    OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customers.customer_id)
    OR EXISTS (SELECT 1 FROM appointments a WHERE a.customer_id = customers.customer_id));
