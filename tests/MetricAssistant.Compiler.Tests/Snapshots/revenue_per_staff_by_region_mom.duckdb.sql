WITH c0 AS (
  SELECT CAST(date_trunc('month', t0."paid_time") AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
c1 AS (
  SELECT period, d0, AVG(v) AS v
  FROM (SELECT CAST(date_trunc('month', t0."month") AS DATE) AS period, j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= $p2
    AND t0."month" < $p3
  GROUP BY 1, 2, 3) AS snapshots
  GROUP BY period, d0
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, CAST(COALESCE(c0.v, 0) AS DOUBLE PRECISION) / NULLIF(c1.v, 0) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
),
prev_c0 AS (
  SELECT CAST(date_trunc('month', t0."paid_time") + INTERVAL '1 months' AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p4
    AND t0."paid_time" < $p5
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
prev_c1 AS (
  SELECT period, d0, AVG(v) AS v
  FROM (SELECT CAST(date_trunc('month', t0."month") + INTERVAL '1 months' AS DATE) AS period, j1."region_code" AS d0, t0."month" AS snapshot, CAST(SUM(t0."headcount") AS BIGINT) AS v
  FROM "store_staff_monthly" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."month" >= $p6
    AND t0."month" < $p7
  GROUP BY 1, 2, 3) AS snapshots
  GROUP BY period, d0
),
prev_keys AS (
  SELECT period, d0 FROM prev_c0
  UNION
  SELECT period, d0 FROM prev_c1
),
prev_result AS (
  SELECT k.period, k.d0, CAST(COALESCE(prev_c0.v, 0) AS DOUBLE PRECISION) / NULLIF(prev_c1.v, 0) AS m0 FROM prev_keys AS k
  LEFT JOIN prev_c0 ON prev_c0.period = k.period AND prev_c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN prev_c1 ON prev_c1.period = k.period AND prev_c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "revenue_per_staff", p.m0 AS "revenue_per_staff_previous", r.m0 - p.m0 AS "revenue_per_staff_change", CAST(r.m0 - p.m0 AS DOUBLE PRECISION) / NULLIF(p.m0, 0) AS "revenue_per_staff_change_pct"
FROM result AS r
LEFT JOIN prev_result AS p ON r.period IS NOT DISTINCT FROM p.period AND r.d0 IS NOT DISTINCT FROM p.d0
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-07-01
-- p1 = 2025-10-01
-- p2 = 2025-07-01
-- p3 = 2025-10-01
-- p4 = 2025-06-01
-- p5 = 2025-09-01
-- p6 = 2025-06-01
-- p7 = 2025-09-01
