SELECT t0."member_level" AS "member_level", CAST(date_trunc('month', CAST(t0."signup_date" AS TIMESTAMP)) AS DATE) AS "signup_date__month"
FROM "customers" AS t0
WHERE t0."signup_date" >= @p0
  AND t0."signup_date" < @p1
GROUP BY 1, 2
ORDER BY "member_level" ASC NULLS LAST, "signup_date__month" ASC NULLS LAST

-- p0 = 2025-01-01
-- p1 = 2026-01-01
