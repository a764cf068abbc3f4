#!/usr/bin/env bash
# End-to-end benchmark: newsflow's enrich + publish beside plain Kafka Streams identity apps,
# ingest beside a bare producer, latency at fixed rates; on the embedded stack. See docs/benchmark.md.
#
#   bench/e2e.sh              default run: 10,000 articles, 3 rounds (~15 min on 2 cores)
#   bench/e2e.sh --quick      2,000 articles, 1 round, 10 s phases (~4 min)
#   bench/e2e.sh --jfr ...    also a JFR recording per stage JVM in $OUT/jfr
#   SKIP_BUILD=1 bench/e2e.sh reuse the last build's classpath
#
# Other options: --articles N --rounds N --rates 200,500 --rate-seconds S --warmup-seconds S
# --samples DIR (repeatable; default samples/ and ../shared/corpus/dev when present) --out DIR
# --stage-heap 512m --partitions 6 --no-throughput --no-latency --no-ingest, --set KEY=VALUE (a newsflow
# setting for enrich, publish and ingest, e.g. --set commit.interval.ms=200 --set kafka.linger.ms=20).
# Environment: OUT (default /tmp/newsflow-e2e), JAVA (default java).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-/tmp/newsflow-e2e}"
JAVA="${JAVA:-java}"
CP_FILE=bench/target/e2e.classpath

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== build (./mvnw -q -Pbench -pl bench -am compile: the working tree's modules, not ~/.m2 snapshots)"
  # compile, not package: the reactor then puts every module's target/classes on the classpath, and
  # the 440 MB shaded JMH jar is not built.
  ./mvnw -q -B -Pbench -pl bench -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/e2e.classpath -Dmdep.includeScope=runtime
fi

SAMPLES=()
if [[ " $* " != *" --samples "* ]]; then
  SAMPLES=(--samples samples)
  [[ -d ../shared/corpus/dev ]] && SAMPLES+=(--samples ../shared/corpus/dev)
fi

echo "== $(date -u '+%F %T UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
exec "$JAVA" -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/bench/target/classes:$(cat "$CP_FILE")" \
  io.newsflow.bench.e2e.EndToEndBenchmark --out "$OUT" "${SAMPLES[@]}" "$@"
