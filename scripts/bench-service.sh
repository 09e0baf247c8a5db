#!/usr/bin/env bash
# Memory of the running service: starts the API (Release) on the embedded defaults, reads its resident
# memory after start and after one query per published metric, then stops it.
# Usage: scripts/bench-service.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-5099}
dotnet build -c Release src/MetricAssistant.Api -v q -nologo >/dev/null
dll=$(ls src/MetricAssistant.Api/bin/Release/net10.0/*/MetricAssistant.Api.dll 2>/dev/null | head -n 1)
dll=${dll:-src/MetricAssistant.Api/bin/Release/net10.0/MetricAssistant.Api.dll}
Urls="http://127.0.0.1:$PORT" dotnet "$dll" >/tmp/ma-bench-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
start=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat /tmp/ma-bench-service.log; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
mem() { awk -v k="$1" '$1 == k":" {printf "%.0f MiB", $2/1024}' /proc/$pid/status; }
echo "service ready in $(echo "$ready - $start" | bc) s (warehouse already generated)"
echo "after start:  RSS $(mem VmRSS), peak $(mem VmHWM)"
for m in $(curl -s "http://127.0.0.1:$PORT/api/metrics?status=published" | grep -o '"id":"[a-z_]*"' | cut -d'"' -f4); do
  curl -s "http://127.0.0.1:$PORT/api/query" -H 'content-type: application/json' \
    -d "{\"query\":{\"metrics\":[\"$m\"],\"groupBy\":[\"region\"],\"timeRange\":{\"start\":\"2025-01-01\",\"end\":\"2026-01-01\"},\"grain\":\"month\"},\"user\":\"ceo\"}" >/dev/null
done
echo "after one query per published metric: RSS $(mem VmRSS), peak $(mem VmHWM)"
