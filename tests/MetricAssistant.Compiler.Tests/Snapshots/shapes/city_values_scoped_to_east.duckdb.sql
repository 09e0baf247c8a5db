SELECT t0."city_en" AS "city"
FROM "stores" AS t0
WHERE t0."region_code" IN ($p0)
GROUP BY 1
ORDER BY "city" ASC NULLS LAST

-- p0 = east
