#!/usr/bin/env bash
# The container test (CI runs it after ./mvnw -B verify): the whole pipeline in Docker, offline.
#   1. a Docker engine: installs docker.io etc. if missing, starts dockerd if none answers (stops it at the end);
#   2. builds the images without a registry (docker/build-images.sh; the base image once per machine);
#   3. docker compose up with docker-compose.offline.yml and two enrich instances, on a network of its own,
#      ports published on 127.0.0.1 only;
#   4. sends the samples to the ingest service over HTTP and reads them back published from news.articles.v1;
#   5. stops one enrich container while articles flow, then starts it again: every article published exactly once;
#   6. runs the end-to-end and failover integration tests on Testcontainers' KafkaContainer of the local image;
#   7. tears everything down, also on failure or Ctrl-C.
# Prints one line per check and ends with "container test: N passed, M failed"; exits 1 if any failed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. docker/engine.sh
. /etc/os-release
export NEWSFLOW_BASE_IMAGE="${NEWSFLOW_BASE_IMAGE:-newsflow-base:${VERSION_CODENAME}-jre17}"
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' pom.xml | head -1)"
export NEWSFLOW_KAFKA_IMAGE="${NEWSFLOW_KAFKA_IMAGE:-newsflow-kafka:$kafka_version}"

project="newsflow-ct-$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/newsflow-ct.XXXXXX")"
passed=0
failed=0
compose_up=""
started=$(date +%s)

ok()   { passed=$((passed + 1)); echo "ok   - $*"; }
fail() { failed=$((failed + 1)); echo "FAIL - $*"; }
check() { local what="$1"; shift; if "$@" >/dev/null; then ok "$what"; else fail "$what"; fi; }

stack() { compose -p "$project" -f docker-compose.yml -f docker-compose.offline.yml "$@"; }

# The report goes to the script's own stdout/stderr even when a signal lands inside a redirected command.
exec {report_out}>&1 {report_err}>&2
finish() {
  local rc=$?
  trap - EXIT INT TERM
  exec 1>&"$report_out" 2>&"$report_err"
  if [ -n "$compose_up" ]; then
    if [ "$failed" -gt 0 ] || [ "$rc" -ne 0 ]; then
      echo "--- last log lines of the services ---"
      stack logs --no-color --tail=15 2>&1 | tail -120 || true
    fi
    stack down -v --remove-orphans >/dev/null 2>&1 || echo "containers: compose down failed for $project" >&2
  fi
  engine_down
  rm -rf "$work"
  [ "$rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=$((failed + 1))
  echo "container test: $passed passed, $failed failed ($(( $(date +%s) - started )) s)"
  [ "$failed" -eq 0 ] && exit 0 || exit 1
}
trap finish EXIT
trap 'exit 130' INT TERM

# Prints three distinct free loopback ports for kafka, registry and ingest. Below the kernel's ephemeral range:
# a port handed out by bind(0) is free only for the moment, and an outgoing connection may take it as its source
# port before docker-proxy binds it (CI once lost compose up to "port is already allocated" that way).
free_ports() {
  python3 - <<'PY'
import random, socket
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
chosen, held = [], []
for port in random.sample(range(20000, max(20001, low)), 200):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        s.close()
        continue
    held.append(s); chosen.append(port)
    if len(chosen) == 3:
        break
print(*chosen)
PY
}

# GET path on a service's own port 8080 from inside its container (the base image has bash, no curl).
http_status_inside() {
  docker exec "$1" bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET %s HTTP/1.0\r\n\r\n" "$0" >&3 && head -1 <&3' "$2" \
    2>/dev/null | tr -d '\r' | awk '{print $2}'
}

# Waits (at most $2 seconds) until command $3... succeeds.
wait_for() {
  local what="$1" limit="$2"; shift 2
  local deadline=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    "$@" && return 0
    sleep 2
  done
  echo "  gave up waiting ${limit} s for $what" >&2
  return 1
}

ingest_healthy() { [ "$(curl -s -o /dev/null -w '%{http_code}' -m 5 "http://127.0.0.1:$ingest_port/health")" = 200 ]; }
enrich_ready() {
  local id
  for id in $(stack ps -q enrich); do
    [ "$(http_status_inside "$id" /ready)" = 200 ] || return 1
  done
}

# POSTs $1 (a file) as one article with URL $2; appends the returned id to $work/sent; prints the HTTP status.
post_article() {
  local file="$1" url="$2" type=text/plain
  case "$file" in *.html) type=text/html ;; esac
  local status
  status=$(curl -s -m 30 -o "$work/response" -w '%{http_code}' -X POST \
    "http://127.0.0.1:$ingest_port/articles?source=container-test&url=$url" \
    -H "Authorization: Bearer $NEWSFLOW_INGEST_HTTP_TOKEN" -H "Content-Type: $type; charset=utf-8" --data-binary @"$file")
  [ "$status" = 202 ] && python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/response" >>"$work/sent"
  echo "$status"
}

# Sends $2 numbered copies (from $1) of the samples, each with a sentence of its own so no two are alike.
send_batch() {
  local from="$1" count="$2" i n=0 rejected=0 samples=(samples/*)
  for ((i = from; i < from + count; i++)); do
    local sample="${samples[$((i % ${#samples[@]}))]}"
    local copy="$work/article-$i.${sample##*.}"
    { cat "$sample"; printf '\n\nContainer test article number %d.\n' "$i"; } >"$copy"
    [ "$(post_article "$copy" "https://example.com/container-test/$i")" = 202 ] || rejected=$((rejected + 1))
    n=$((n + 1))
  done
  [ "$rejected" -eq 0 ] || echo "  $rejected of $n articles not accepted" >&2
  [ "$rejected" -eq 0 ]
}

# Reads all of news.articles.v1 (inside the compose network) into $work/published.json: tail stops 8 s after
# the last record (counted from its partition assignment), and is killed after 150 s.
read_published() {
  timeout 150 "${compose_cmd[@]}" -p "$project" -f docker-compose.yml -f docker-compose.offline.yml \
    run --rm --no-deps -T ingest tail --from-beginning --idle-timeout 8 news.articles.v1 \
    >"$work/published.json" 2>"$work/tail.log"
}

# Compares what was published with $work/sent: exactly once each, nothing else. Prints a summary line.
published_exactly_once() {
  python3 - "$work/sent" "$work/published.json" <<'PY'
import collections, json, sys
sent = [line.strip() for line in open(sys.argv[1]) if line.strip()]
text, decoder, pos, ids = open(sys.argv[2]).read(), json.JSONDecoder(), 0, []
while True:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        break
    record, pos = decoder.raw_decode(text, pos)
    ids.append(record["id"])
counts = collections.Counter(ids)
missing = [i for i in sent if i not in counts]
twice = {i: n for i, n in counts.items() if n > 1}
unknown = [i for i in counts if i not in set(sent)]
print(f"  sent {len(sent)}, published records {len(ids)}, missing {len(missing)}, "
      f"more than once {len(twice)}, not sent {len(unknown)}", file=sys.stderr)
sys.exit(0 if not missing and not twice and not unknown and len(set(sent)) == len(sent) else 1)
PY
}

# Polls (at most $1 seconds) until each article sent is published exactly once; every poll reads the whole
# topic, so a duplicate published before the last poll is seen.
all_published() {
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    read_published && published_exactly_once 2>/dev/null && break
    sleep 3
  done
  published_exactly_once
}

echo "== Docker engine"
engine_up
ok "Docker engine answers ($(docker version --format '{{.Server.Version}}' 2>/dev/null))"

echo "== images (no registry)"
build_started=$(date +%s)
if docker/build-images.sh >"$work/build.log" 2>&1; then
  ok "images built offline in $(( $(date +%s) - build_started )) s: $NEWSFLOW_BASE_IMAGE, $NEWSFLOW_KAFKA_IMAGE, newsflow:dev"
else
  tail -30 "$work/build.log"
  fail "images built offline"
  exit 1
fi

echo "== docker compose up (docker-compose.yml + docker-compose.offline.yml, enrich x2)"
# In its container ingest listens on 0.0.0.0, where POST /articles needs a token (docs/ingest.md): one per run.
NEWSFLOW_INGEST_HTTP_TOKEN="ct-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export NEWSFLOW_INGEST_HTTP_TOKEN
compose_up=yes
# A published port can still be taken by someone else between choosing and binding it: then down, new ports,
# up again (three tries); any other failure of compose up fails at once.
for attempt in 1 2 3; do
  read -r NEWSFLOW_KAFKA_PORT NEWSFLOW_REGISTRY_PORT ingest_port <<<"$(free_ports)"
  export NEWSFLOW_KAFKA_PORT NEWSFLOW_REGISTRY_PORT NEWSFLOW_INGEST_PORT="$ingest_port"
  if stack up -d --no-build --scale enrich=2 >"$work/up.log" 2>&1; then
    up_ok=yes; break
  fi
  up_ok=""
  grep -q "port is already allocated\|address already in use" "$work/up.log" || break
  echo "  compose up attempt $attempt: a chosen port was taken meanwhile; again with other ports" >&2
  stack down -v --remove-orphans >/dev/null 2>&1 || true
done
if [ -n "$up_ok" ]; then
  ok "compose up: $(stack ps -q | wc -l) containers on network ${project}_default"
else
  cat "$work/up.log"
  fail "compose up"
  exit 1
fi
check "ingest answers /health on 127.0.0.1:$ingest_port" wait_for "ingest /health" 120 ingest_healthy
check "both enrich instances report /ready (Streams RUNNING)" wait_for "enrich /ready" 180 enrich_ready
check "ports published on 127.0.0.1 only" bash -c '! docker ps --filter "label=com.docker.compose.project='"$project"'" --format "{{.Ports}}" | grep -q "0\.0\.0\.0:"'

echo "== samples through the ingest HTTP service"
: >"$work/sent"
sample_status=""
for sample in samples/*; do
  sample_status+="$(post_article "$sample" "https://example.com/samples/$(basename "$sample")") "
done
check "the $(ls samples | wc -l) samples are accepted (HTTP: $sample_status)" bash -c '[[ "$0" =~ ^(202\ )+$ ]]' "$sample_status"
empty_status=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -X POST "http://127.0.0.1:$ingest_port/articles?source=container-test" \
  -H "Authorization: Bearer $NEWSFLOW_INGEST_HTTP_TOKEN" -H 'Content-Type: text/plain' --data-binary '')
check "an empty article is refused with 400 (got $empty_status)" test "$empty_status" = 400
untokened_status=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -X POST "http://127.0.0.1:$ingest_port/articles?source=container-test" \
  -H 'Content-Type: text/plain' --data-binary @samples/en-wire-summit.txt)
check "an article without the token is refused with 401 (got $untokened_status)" test "$untokened_status" = 401
check "every sample published once on news.articles.v1" all_published 240

echo "== failover: one enrich container stopped while articles flow"
enrich_ids=($(stack ps -q enrich))
check "two enrich containers run" test "${#enrich_ids[@]}" -eq 2
check "first batch of 24 accepted" send_batch 0 24
check "stop enrich container ${enrich_ids[0]:0:12}" docker stop -t 30 "${enrich_ids[0]}"
check "second batch of 24 accepted while it is stopped" send_batch 24 24
check "all $(wc -l <"$work/sent") articles published exactly once with one enrich instance" all_published 300
check "start enrich container ${enrich_ids[0]:0:12} again" docker start "${enrich_ids[0]}"
check "both enrich instances report /ready again" wait_for "enrich /ready" 180 enrich_ready
check "third batch of 12 accepted" send_batch 48 12
check "all $(wc -l <"$work/sent") articles published exactly once after the restart" all_published 240

echo "== compose down"
if stack down -v --remove-orphans >"$work/down.log" 2>&1; then
  compose_up=""
  ok "compose down removed the containers and network ${project}_default"
else
  cat "$work/down.log"
  fail "compose down"
fi

echo "== integration tests on Testcontainers' KafkaContainer ($NEWSFLOW_KAFKA_IMAGE)"
# Ryuk (Testcontainers' reaper) is an image from Docker Hub, which cannot be pulled here: the test JVM removes
# its containers itself (shutdown hook), and the broker's network is removed on close. This machine is itself
# a container (/.dockerenv), where Testcontainers would address the broker through the bridge gateway; its
# port is published on loopback only, hence the host override.
# End to end (publish: raw -> enrich -> publish -> news.articles.v1, once each) and failover (a second instance
# of each stage stops, the other takes over, nothing lost or twice).
tc_tests='EnrichStageIntegrationTest,PublishServiceIntegrationTest'
tc_modules=(enrich publish)
for module in "${tc_modules[@]}"; do rm -rf "$module/target/surefire-reports"; done
if TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1 ./mvnw -B test -pl enrich,publish -am \
     -Dnewsflow.test.kafka=testcontainers -Dnewsflow.test.kafka.image="$NEWSFLOW_KAFKA_IMAGE" \
     -Dtest="$tc_tests" -Dsurefire.failIfNoSpecifiedTests=false >"$work/testcontainers.log" 2>&1; then
  ok "integration tests pass on the container broker ($tc_tests)"
else
  grep -E 'Tests run|FAIL|ERROR' "$work/testcontainers.log" | tail -30
  fail "integration tests on the container broker"
fi
tc_summary=$(python3 - "${tc_modules[@]}" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
tests = skipped = 0
for module in sys.argv[1:]:
    for path in glob.glob(f"{module}/target/surefire-reports/TEST-*.xml"):
        suite = ET.parse(path).getroot()
        tests += int(suite.get("tests", 0)); skipped += int(suite.get("skipped", 0))
print(tests, skipped)
PY
)
read -r tc_run tc_skipped <<<"$tc_summary"
check "they ran, none skipped ($tc_run tests, $tc_skipped skipped)" test "$tc_run" -gt 0 -a "$tc_skipped" -eq 0
# The test JVMs' own output goes to target/surefire-reports/*-output.txt, not to Maven's log.
check "the test JVMs used the container broker" bash -c 'cat "$0" "${@/%//target/surefire-reports}"/*-output.txt 2>/dev/null | grep -q "Kafka container $NEWSFLOW_KAFKA_IMAGE ready"' \
  "$work/testcontainers.log" "${tc_modules[@]}"
check "no container left behind by the tests" bash -c '[ -z "$(docker ps -aq --filter label=org.testcontainers=true)" ]'
