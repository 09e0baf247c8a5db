SELECT t0."channel_code" AS "channel"
FROM "channels" AS t0
WHERE t0."is_online" IN ($p0)
GROUP BY 1
ORDER BY "channel" ASC NULLS LAST

-- p0 = True
