#!/usr/bin/env bash
# Bulk ingest: `./parley ingest` of N generated article files in one process, once per --jobs value, each into
# its own empty local DynamoDB (a fresh working directory, so its own .parley/). Prints files/s per run.
# Usage (from anywhere): infra/bench/ingest.sh [N] [JOBS...]      (default: 1000 files, jobs 1 and nproc)
#   BENCH_CORPUS=DIR   corpus root (default ../shared/corpus beside the checkout)
# The files are the corpus articles (articles/ and polnear/articles/, read at run time, never copied into the
# project) repeated with a numbered last line, so every copy has its own content hash and is stored and
# extracted (not skipped as a duplicate). They live in a temporary folder that is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
checkout=$(pwd)
corpus=${BENCH_CORPUS:-$(cd .. && pwd)/shared/corpus}
n=${1:-1000}
shift || true
jobs=("$@")
[[ ${#jobs[@]} -gt 0 ]] || jobs=(1 "$(nproc)")
work=$(mktemp -d "${TMPDIR:-/tmp}/parley-ingest-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(ls "$corpus"/articles/*.txt "$corpus"/polnear/articles/*.txt 2>/dev/null)
[[ ${#sources[@]} -gt 0 ]] || { echo "no corpus articles under $corpus" >&2; exit 1; }
mkdir -p "$work/articles"
for ((i = 0; i < n; i++)); do
  src=${sources[i % ${#sources[@]}]}
  { cat "$src"; printf '\n\n(Copy %d of the benchmark set.)\n' "$i"; } >"$work/articles/$(printf '%05d' "$i").txt"
done
./parley version >/dev/null # builds once, outside the timings

echo "machine: nproc=$(nproc); $(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -1); $n files"
for j in "${jobs[@]}"; do
  mkdir -p "$work/run-$j"
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  (cd "$work/run-$j" && "$checkout/parley" ingest --jobs "$j" "$work/articles" >"$work/run-$j.out" 2>"$work/run-$j.err")
  end=$(date +%s.%N)
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "INGEST jobs=$j files=$n wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')" \
    "files_per_s=$(awk -v a="$start" -v b="$end" -v n="$n" 'BEGIN {printf "%.1f", n / (b - a)}')" \
    "load=\"$before -> $after\" | $(tail -1 "$work/run-$j.err") | $(head -1 "$work/run-$j.out")"
done
