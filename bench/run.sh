#!/usr/bin/env bash
# Enrichment benchmark: newsflow's ArticleEnricher vs Stanford CoreNLP's German NER.
# Builds bench/ with -Pbench (downloads CoreNLP + German models, ~200 MB, the first time), runs
# both JMH benchmarks single-threaded, then scores entity F1 of both on the dev corpus, overall and
# per language, and exact-span F1 on the ../shared/ner dev sets (CoreNLP German on the German ones). Run from anywhere; works in the repo root. See docs/benchmark.md.
#
#   bench/run.sh                  build, benchmark, score
#   SKIP_BUILD=1 bench/run.sh     reuse bench/target/benchmarks.jar
#   bench/run.sh -wi 1 -i 2       extra JMH options, passed to both benchmarks
#
# Environment: CORPUS (default ../shared/corpus/dev from the repo root), SCORER (default
# CORPUS/../score.py), NER_DEV (default ../shared/ner/dev), OUT (default /tmp/newsflow-bench), JAVA (default java).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CORPUS="${CORPUS:-../shared/corpus/dev}"
OUT="${OUT:-/tmp/newsflow-bench}"
JAVA="${JAVA:-java}"
JAR=bench/target/benchmarks.jar
SCORER="${SCORER:-$CORPUS/../score.py}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== build (./mvnw -q -pl bench -Pbench package)"
  ./mvnw -q -pl bench -Pbench package -DskipTests
fi

rm -rf "$OUT" && mkdir -p "$OUT"
# The benchmark measures the newsflow-enrich snapshot from ~/.m2, not the working tree: say which.
ENRICH_JAR=~/.m2/repository/io/newsflow/newsflow-enrich/0.1.0-SNAPSHOT/newsflow-enrich-0.1.0-SNAPSHOT.jar
[[ -f $ENRICH_JAR ]] && echo "== newsflow-enrich snapshot: $(date -r "$ENRICH_JAR" '+%F %T') sha1 $(sha1sum < "$ENRICH_JAR" | cut -c1-12)"

echo "== JMH: newsflow ArticleEnricher.enrich (1 thread, articles/s)"
"$JAVA" -jar "$JAR" EnrichmentBenchmark -p corpus="$CORPUS" -prof gc \
  -rf json -rff "$OUT/jmh-newsflow.json" "$@" | tee "$OUT/jmh-newsflow.txt"

echo "== JMH: CoreNLP German NER (1 thread, articles/s)"
"$JAVA" -jar "$JAR" CoreNlpGermanNerBenchmark -p corpus="$CORPUS" -prof gc \
  -rf json -rff "$OUT/jmh-corenlp.json" "$@" | tee "$OUT/jmh-corenlp.txt"

echo "== predictions for the scorer"
shopt -s nullglob
FILES=("$CORPUS"/*.txt "$CORPUS"/*.html)
"$JAVA" -Xmx1g -cp "$JAR" io.newsflow.enrich.offline.OfflineEnrichment --out "$OUT/pred-newsflow" "${FILES[@]}"
"$JAVA" -Xmx1g -cp "$JAR" io.newsflow.bench.CoreNlpPredictions --out "$OUT/pred-corenlp" "${FILES[@]}" 2>"$OUT/corenlp.log"
"$JAVA" -Xmx1g -cp "$JAR" io.newsflow.bench.CoreNlpPredictions --merge-surnames --out "$OUT/pred-corenlp-merged" "${FILES[@]}" 2>>"$OUT/corenlp.log"

# One gold directory per language (by the gold "language" field), plus "all".
python3 - "$CORPUS" "$OUT/gold" <<'PY'
import json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".gold.json"):
        continue
    lang = json.load(open(os.path.join(corpus, name), encoding="utf-8"))["language"]
    for subset in ("all", lang):
        os.makedirs(os.path.join(out, subset), exist_ok=True)
        os.symlink(os.path.abspath(os.path.join(corpus, name)), os.path.join(out, subset, name))
PY

echo "== entity scores (score.py; full output in $OUT/score-*.txt)"
for pred in newsflow corenlp corenlp-merged; do
  for subset in $(ls "$OUT/gold"); do
    n=$(ls "$OUT/gold/$subset" | wc -l)
    python3 "$SCORER" "$OUT/gold/$subset" "$OUT/pred-$pred" --verbose > "$OUT/score-$pred-$subset.txt" || true
    printf '%-15s %-4s (%d articles)  %s\n' "$pred" "$subset" "$n" \
      "$(grep -E '^ALL ' "$OUT/score-$pred-$subset.txt" | sed 's/^ALL *//')"
  done
done

echo "== NER dev sets (../shared/ner/dev, exact span + type; newsflow and CoreNLP German on the same pseudo-articles)"
NER_DEV="${NER_DEV:-../shared/ner/dev}"
NER_EVAL="$NER_DEV/../eval"
if [[ -d $NER_DEV && -f $NER_EVAL/convert.py ]]; then
  python3 "$NER_EVAL/convert.py" "$NER_DEV" "$OUT/ner-articles" > /dev/null
  for ds in $(ls "$OUT/ner-articles"); do
    [[ -d $OUT/ner-articles/$ds ]] || continue
    "$JAVA" -Xmx1g -cp "$JAR" io.newsflow.enrich.offline.OfflineEnrichment --out "$OUT/ner-pred-newsflow/$ds" "$OUT/ner-articles/$ds"/*.txt 2>>"$OUT/ner.log" || true
    python3 "$NER_EVAL/score.py" "$OUT/ner-articles/$ds/gold.jsonl" "$OUT/ner-pred-newsflow/$ds" --label "newsflow $ds" | grep -E '^newsflow|micro'
    if [[ $ds == de-* ]]; then
      "$JAVA" -Xmx2g -cp "$JAR" io.newsflow.bench.CoreNlpPredictions --out "$OUT/ner-pred-corenlp/$ds" "$OUT/ner-articles/$ds"/*.txt 2>>"$OUT/ner.log" || true
      python3 "$NER_EVAL/score.py" "$OUT/ner-articles/$ds/gold.jsonl" "$OUT/ner-pred-corenlp/$ds" --label "corenlp $ds" | grep -E '^corenlp|micro'
    fi
  done
else
  echo "(no $NER_DEV: skipped)"
fi

echo "== throughput (JMH, ops/s = articles/s, mean ± 99.9% CI) and allocation per article"
python3 - "$OUT/jmh-newsflow.json" "$OUT/jmh-corenlp.json" <<'PY'
import json, sys
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        err = float(m["scoreError"])  # JMH writes "NaN" (a string) for a single iteration
        err = 0.0 if err != err else err
        name = r["benchmark"].rsplit(".", 2)[-2]
        runs = [x for fork in m["rawData"] for x in fork]
        line = (f"{name:<27} {m['score']:8.1f} ± {err:.1f} articles/s"
                f"  (iterations {min(runs):.0f}..{max(runs):.0f})")
        if alloc is not None:
            line += f"   {alloc / 1024:,.0f} KB allocated per article"
        print(line)
PY
echo "== benchmark-thread CPU time (steadier than wall clock on a shared machine; excludes GC/JIT threads)"
grep -h '^CPU-TIME' "$OUT/jmh-newsflow.txt" "$OUT/jmh-corenlp.txt" | sed 's/^CPU-TIME //'
