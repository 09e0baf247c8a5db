WITH c0 AS (
  SELECT CAST(date_trunc('day', t0."paid_time") AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p0
    AND t0."paid_time" < $p1
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2
),
c1 AS (
  SELECT s.period AS period, i.d0 AS d0, i.v AS v
  FROM (SELECT CAST(g.gs AS DATE) AS period, CAST(date_trunc('month', g.gs) AS DATE) AS anchor FROM generate_series(CAST($p4 AS TIMESTAMP), CAST($p5 AS TIMESTAMP), INTERVAL '1 day') AS g(gs)) AS s
  JOIN (SELECT CAST(date_trunc('day', t0."paid_time") AS DATE) AS period, j1."region_code" AS d0, SUM(t0."pay_amount") AS v
  FROM "orders" AS t0
  LEFT JOIN "stores" AS j1 ON j1."store_id" = t0."store_id"
  WHERE t0."paid_time" >= $p2
    AND t0."paid_time" < $p3
    AND t0."paid_time" IS NOT NULL
  GROUP BY 1, 2) AS i ON i.period = s.anchor
),
keys AS (
  SELECT period, d0 FROM c0
  UNION
  SELECT period, d0 FROM c1
),
result AS (
  SELECT k.period, k.d0, (COALESCE(c0.v, 0) - COALESCE(c1.v, 0)) AS m0 FROM keys AS k
  LEFT JOIN c0 ON c0.period = k.period AND c0.d0 IS NOT DISTINCT FROM k.d0
  LEFT JOIN c1 ON c1.period = k.period AND c1.d0 IS NOT DISTINCT FROM k.d0
)
SELECT r.period AS "period", r.d0 AS "region", r.m0 AS "gmv_yoy_growth"
FROM result AS r
ORDER BY "period" ASC NULLS LAST, "region" ASC NULLS LAST

-- p0 = 2025-06-25
-- p1 = 2025-07-06
-- p2 = 2025-06-01
-- p3 = 2025-07-02
-- p4 = 2025-06-25
-- p5 = 2025-07-05
