WITH c0 AS (
  SELECT s.period AS period, COUNT(t0."customer_id") AS v
  FROM (SELECT CAST(g.gs AS DATE) AS period, LEAST(CAST(g.gs + INTERVAL '1 month' AS DATE), CAST($p2 AS DATE)) AS period_end FROM generate_series(CAST($p0 AS TIMESTAMP), CAST($p1 AS TIMESTAMP), INTERVAL '1 month') AS g(gs)) AS s
  CROSS JOIN "customers" AS t0
  WHERE t0."signup_date" < s.period_end
    AND t0."member_level" IN ($p3)
  GROUP BY 1
),
result AS (
  SELECT c0.period, COALESCE(c0.v, 0) AS m0 FROM c0
)
SELECT r.period AS "period", r.m0 AS "total_customers"
FROM result AS r
ORDER BY "period" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2025-12-01
-- p2 = 2026-01-01
-- p3 = gold
