#!/usr/bin/env bash
# Runs Parley's benchmarks once and writes a Markdown summary to target/bench-results.md.
# Usage (from anywhere): infra/bench/run.sh            (see infra/bench/README.md)
#   BENCH_CORPUS=DIR    corpus root (default ../shared/corpus beside the checkout; PolNeAR under DIR/polnear)
#   BENCH_JMH="..."     JMH options (default: -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1)
#   BENCH_COLD_RUNS=N   fresh JVMs for the cold start (default 10)
#   BENCH_SKIP_BUILD=1  reuse target/ from an earlier build
#   BENCH_ASK_SIZES="10000 100000"   statement counts of the question benchmark (one run each)
set -euo pipefail
# The JDK of JAVA_HOME when set (./parley picks one the same way: JDK 21 or newer).
if [[ -n "${JAVA_HOME:-}" ]]; then export PATH="$JAVA_HOME/bin:$PATH"; fi

cd "$(dirname "$0")/../.."
out=target/bench
results=target/bench-results.md
corpus=${BENCH_CORPUS:-$(cd .. && pwd)/shared/corpus}
jmh_opts=${BENCH_JMH:--f 1 -wi 3 -w 2s -i 5 -r 3s -t 1}
cold_runs=${BENCH_COLD_RUNS:-10}

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "== build"
  ./mvnw -B -q -DskipTests -Dquarkus.build.skip=true test-compile dependency:build-classpath -DincludeScope=test \
    -Dmdep.outputFile=target/bench.classpath
  # the Lambda package the function cold starts run (FunctionColdStart), as sam deploy would upload it
  ./mvnw -B -q -DskipTests package
fi
mkdir -p "$out"
# Run from a private copy of the compiled classes: a build started meanwhile in the same tree (another
# terminal, the IDE) would otherwise delete or replace them under the running benchmarks.
snapshot=$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")
trap 'rm -rf "$snapshot"' EXIT
cp -r target/classes "$snapshot/classes"
cp -r target/test-classes "$snapshot/test-classes"
cp target/bench.classpath "$snapshot/bench.classpath"
cp="$snapshot/test-classes:$snapshot/classes:$(cat "$snapshot/bench.classpath")"
run_java() { # the log manager the tests use too (the AWS SDK logs through JUL)
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dparley.corpus="$corpus" -cp "$cp" "$@"
}
field() { # field NAME LINE: the value of NAME=value in LINE
  sed -n "s/.*\<$1=\([^ ]*\).*/\1/p" <<<"$2"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

cpu_model=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -1)
java_version=$(java -version 2>&1 | head -1)
machine="nproc=$(nproc); CPU: ${cpu_model:-unknown}; ${java_version}; $(uname -sr); load average at start: $(load)"
echo "== machine: $machine"

echo "== JMH ExtractorBenchmark ($jmh_opts); load $(load)"
jmh_load_before=$(load)
# shellcheck disable=SC2086 # the options are meant to split
java -cp "$cp" org.openjdk.jmh.Main ExtractorBenchmark $jmh_opts -jvmArgsAppend "-Dparley.corpus=$corpus" \
  -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"
jmh_load_after=$(load)
jmh_line=$(grep -E '^ExtractorBenchmark\.extract ' "$out/jmh.log" | tail -1)
jmh_score=$(awk '{print $(NF-3)}' <<<"$jmh_line")
jmh_error=$(awk '{print $(NF-1)}' <<<"$jmh_line")
jmh_set=$(grep -m1 '^SET ' "$out/jmh.log" | sed 's/^SET //')
# the yardstick of the same run: one regex tokenisation of the same articles (ops/s = articles/s)
regex_line=$(grep -E '^ExtractorBenchmark\.regexTokens ' "$out/jmh.log" | tail -1)
regex_score=$(awk '{print $(NF-3)}' <<<"$regex_line")
regex_error=$(awk '{print $(NF-1)}' <<<"$regex_line")
regex_share=$(awk -v e="$jmh_score" -v r="$regex_score" 'BEGIN {if (r > 0) printf "%.1f", 100 * e / r; else print "?"}')
# the measured iterations, from the primary metric's rawData in the JSON result
jmh_iterations=$(sed -n '/"primaryMetric"/,/"secondaryMetrics"/p' "$out/jmh.json" \
  | sed -n '/"rawData"/,/]/p' | grep -Eo '[0-9]+\.[0-9]+' | awk '{printf "%s%.1f", (NR > 1 ? ", " : ""), $1}')
stages=$(grep '^STAGE ' "$out/jmh.log" | sed 's/^STAGE //')

echo "== ColdStart x$cold_runs (fresh JVMs); load $(load)"
cold_load_before=$(load)
: >"$out/coldstart.log"
for i in $(seq 1 "$cold_runs"); do
  run_java io.parley.bench.ColdStart | grep '^COLDSTART' | tee -a "$out/coldstart.log"
done
run_java io.parley.bench.ColdStart --stages | grep -E '^COLD' | tee "$out/coldstart-stages.log"
cold_load_after=$(load)
sorted=$(sed -n 's/.*extract_ms=\([0-9.]*\).*/\1/p' "$out/coldstart.log" | sort -g)
n=$(wc -l <<<"$sorted")
cold_max=$(tail -1 <<<"$sorted")
cold_median=$(awk -v n="$n" '{a[NR]=$1} END {if (n % 2) print a[(n+1)/2]; else printf "%.2f\n", (a[n/2]+a[n/2+1])/2}' <<<"$sorted")
first_line=$(head -1 "$out/coldstart.log")
cold_create=$(sed -n 's/.*create_ms=\([0-9.]*\).*/\1/p' "$out/coldstart.log" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
cold_warmup=$(sed -n 's/.*warmup_ms=\([0-9.]*\).*/\1/p' "$out/coldstart.log" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
cold_words=$(field words "$first_line")
cold_article=$(field article "$first_line")
cold_stages=$(grep '^COLDSTAGES' "$out/coldstart-stages.log" | sed 's/^COLDSTAGES //')

echo "== PrimedFirstRequest x$cold_runs (fresh JVMs, the deployed -XX:TieredStopAtLevel=1); load $(load)"
primed_load_before=$(load)
: >"$out/primed.log"
for i in $(seq 1 "$cold_runs"); do
  run_java -XX:TieredStopAtLevel=1 io.parley.bench.PrimedFirstRequest | grep '^PRIMED' | tee -a "$out/primed.log"
done
primed_load_after=$(load)
primed_sorted=$(sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' "$out/primed.log" | sort -g)
primed_n=$(wc -l <<<"$primed_sorted")
primed_max=$(tail -1 <<<"$primed_sorted")
primed_median=$(awk -v n="$primed_n" '{a[NR]=$1} END {if (n % 2) print a[(n+1)/2]; else printf "%.2f\n", (a[n/2]+a[n/2+1])/2}' <<<"$primed_sorted")
primed_prime=$(sed -n 's/.*prime_ms=\([0-9.]*\).*/\1/p' "$out/primed.log" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

echo "== PeakHeap (-Xmx256m); load $(load)"
heap_rc=0
run_java -Xmx256m io.parley.bench.PeakHeap | tee "$out/peakheap.log" || heap_rc=$?
heap_line=$(grep -m1 '^PEAKHEAP peak' "$out/peakheap.log" || echo "PEAKHEAP failed")
heap_pools=$(grep -m1 '^PEAKPOOLS' "$out/peakheap.log" | sed 's/^PEAKPOOLS //' || true)

ask_sizes=${BENCH_ASK_SIZES:-10000 100000}
ask_rows=""
ask_kinds=""
fill_line=""
for size in $ask_sizes; do
  echo "== AskLatency (dynalite, $size statements); load $(load)"
  ask_load_before=$(load)
  run_java io.parley.bench.AskLatency "$size" 2>"$out/asklatency-$size.err" | tee "$out/asklatency-$size.log"
  ask_load_after=$(load)
  ask_line=$(grep -m1 '^ASKLATENCY' "$out/asklatency-$size.log")
  all_line=$(grep -m1 '^ALLLATENCY' "$out/asklatency-$size.log")
  fill_line="$fill_line $(grep -m1 '^FILL' "$out/asklatency-$size.log");"
  ask_kinds="$ask_kinds$(grep '^ASKKIND' "$out/asklatency-$size.log" | sed "s/^ASKKIND /$size /")"$'\n'
  ask_rows="$ask_rows| \`ask\` latency, $(field questions "$ask_line") questions after 50 warm-up, $(field statements "$ask_line") statements in dynalite (every kind: p99 $(field p99_ms "$all_line") ms) | **p50 $(field p50_ms "$ask_line") ms, p90 $(field p90_ms "$ask_line") ms, p99 $(field p99_ms "$ask_line") ms, max $(field max_ms "$ask_line") ms; $(field requests "$ask_line") requests, $(field rru "$ask_line") read units per question** | | | $ask_load_before → $ask_load_after |"$'\n'
done

echo "== WriteCost (dynalite); load $(load)"
run_java io.parley.bench.WriteCost 2>"$out/writecost.err" | tee "$out/writecost.log"
write_line=$(grep -m1 '^WRITECOST set=800-words' "$out/writecost.log" || grep -m1 '^WRITECOST' "$out/writecost.log")

echo "== FunctionColdStart x$cold_runs per function and mode (fresh JVMs on target/function.zip); load $(load)"
fn_load_before=$(load)
run_java io.parley.bench.FunctionColdStart "$cold_runs" 2>"$out/functioncold.err" | grep -E '^(FIRSTCALL|FUNCTIONCOLD)' \
  | tee "$out/functioncold.log" || true
fn_load_after=$(load)
fn_rows=$(grep '^FUNCTIONCOLD' "$out/functioncold.log" | while read -r line; do
  echo "| First invocation of the $(field function "$line") function, $(field mode "$line") (fresh JVM on function.zip), $(field runs "$line") runs | **median $(field first_median_ms "$line") ms, max $(field first_max_ms "$line") ms** (init median $(field init_median_ms "$line") ms, priming $(field prime_median_ms "$line") ms) | | | $fn_load_before → $fn_load_after |"
done)

verdict() { # verdict OK-CONDITION
  if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**missed**"; fi
}
heap_mb=$(field peak_mb "$heap_line")
{
  echo "# Parley benchmark results"
  echo
  echo "Run: \`infra/bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "Machine: $machine."
  echo
  echo "| Benchmark | Result | Target | | Load average (1/5/15 min) before → after |"
  echo "|---|---|---|---|---|"
  echo "| Extractor throughput, warm, 1 thread (JMH \`$jmh_opts\`) | **$jmh_score ± $jmh_error articles/s** | ≥ 3,000 | $(verdict "$jmh_score >= 3000") | $jmh_load_before → $jmh_load_after |"
  echo "| One ~800-word article in a fresh JVM after class loading, $n runs | **median $cold_median ms, max $cold_max ms** | < 50 ms | $(verdict "$cold_max < 50") | $cold_load_before → $cold_load_after |"
  echo "| First request after SnapStart-style priming (fresh JVM, \`Extractor.create()\` + priming article + JSON, then one ~800-word article + its JSON), $primed_n runs | **median $primed_median ms, max $primed_max ms** | < 50 ms | $(verdict "$primed_max < 50") | $primed_load_before → $primed_load_after |"
  echo "| Peak heap, all corpus articles + 10 MB random text, \`-Xmx256m\` | **${heap_mb:-?} MB** (largest after a GC: $(field after_gc_max_mb "$heap_line") MB) | < 256 MB | $(verdict "${heap_mb:-999999} < 256 && $heap_rc == 0") | |"
  printf '%s' "$ask_rows"
  echo "| DynamoDB writes per article ingested and extracted ($(field set "$write_line") set) | **$(field wru "$write_line") write units, $(field items "$write_line") items, $(field requests "$write_line") requests** | | | |"
  echo "$fn_rows"
  echo
  echo "## Details"
  echo
  echo "- Extractor set: $jmh_set."
  echo "- Yardstick of the same JMH run (\`regexTokens\`: one regex word tokenisation of the same articles): $regex_score ± $regex_error articles/s; the extractor reaches **$regex_share %** of it."
  echo "- JMH measured iterations (articles/s): $jmh_iterations."
  echo "- Stage times (extractTimed over the set after the measurement; µs per article, share):"
  echo
  echo '```'
  echo "$stages"
  echo '```'
  echo "- Cold start: article \`$cold_article\` ($cold_words words); median Extractor.create() $cold_create ms, median"
  echo "  two-line warm-up $cold_warmup ms; stages of one extra cold run (ms): $cold_stages."
  echo "- Primed first request: median priming (create + priming article) $primed_prime ms, done before the snapshot in Lambda."
  echo "- Peak heap: $heap_line (exit code $heap_rc); pools (MB): $heap_pools."
  echo "- Ask: $fill_line answered = questions with at least one result; by kind (statements, kind, then the figures):"
  echo
  echo '```'
  printf '%s' "$ask_kinds"
  echo '```'
  echo "- Writes per article by kind of item and call (\`WriteCost\`):"
  echo
  echo '```'
  grep -E '^(WRITE|EXTRACTMS)' "$out/writecost.log" || true
  echo '```'
  echo
  echo "Raw logs: \`$out/\`."
} >"$results"
echo
echo "== summary: $results"
cat "$results"
