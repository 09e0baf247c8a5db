#!/usr/bin/env bash
# The result cache's figures: starts the API (Release) on the embedded defaults, runs one structured query
# (every month of 2025 by region) once uncached and then N times cached, and prints the server's own times
# from each answer's `timings` (totalMs, cacheMs, executeMs), median and p95. Stops the API at the end.
# Usage: scripts/bench-cache.sh [port] [n]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-5098}
N=${2:-200}
dotnet build -c Release src/MetricAssistant.Api -v q -nologo >/dev/null
dll=$(ls src/MetricAssistant.Api/bin/Release/net10.0/*/MetricAssistant.Api.dll 2>/dev/null | head -n 1)
dll=${dll:-src/MetricAssistant.Api/bin/Release/net10.0/MetricAssistant.Api.dll}
Urls="http://127.0.0.1:$PORT" dotnet "$dll" >/tmp/ma-bench-cache.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat /tmp/ma-bench-cache.log; exit 1; }
  sleep 0.2
done
body='{"query":{"metrics":["gmv"],"groupBy":["region"],"timeRange":{"start":"2025-01-01","end":"2026-01-01"},"grain":"month"},"user":"ceo","now":"2025-07-15T10:00:00"}'
out=$(mktemp)
for i in $(seq 0 "$N"); do
  curl -s "http://127.0.0.1:$PORT/api/query" -H 'content-type: application/json' -d "$body"
  echo
done >"$out"
python3 - "$out" <<'PY'
import json, statistics, sys
answers = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
t = [a["timings"] for a in answers]
first, hits = t[0], [x for x in t[1:] if x.get("cache") == "hit"]
def q(values, p): values = sorted(values); return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]
print(f"uncached ({first['cache']}): server total {first['totalMs']:.2f} ms, warehouse {first['executeMs']:.2f} ms, cache {first['cacheMs']:.3f} ms, {len(answers[0]['rows'])} rows")
print(f"cached: {len(hits)} of {len(t) - 1} hits; server total median {statistics.median(x['totalMs'] for x in hits):.3f} ms, p95 {q([x['totalMs'] for x in hits], 0.95):.3f} ms; "
      f"cache lookup median {statistics.median(x['cacheMs'] for x in hits):.3f} ms, p95 {q([x['cacheMs'] for x in hits], 0.95):.3f} ms")
PY
rm -f "$out"
