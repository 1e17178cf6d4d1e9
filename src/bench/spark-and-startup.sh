#!/usr/bin/env bash
# Times the two ways past one warm JVM: Pressroom on Spark against the command line on the same
# files, and the command line's batch start-up against its floor.
#
#   src/bench/spark-and-startup.sh              # 2,000 inputs for Spark, 1,000 for the batch
#   SPARK_COUNT=500 BATCH_COUNT=200 src/bench/spark-and-startup.sh
#
# 1. target/pressroom-spark on local[2] against target/pressroom convert -j 2, both DOCX to PDF
#    over SPARK_COUNT seed-sized releases (each the median of three runs into new folders).
# 2. The batch of BATCH_COUNT DOCX to PDF with -j 2 through target/pressroom, on JDK 17 and on
#    JDK 25 when one is in /usr/lib/jvm, its archives made by an earlier run (median of three),
#    against its floor: a cold single conversion through the launcher (median of five) plus
#    BATCH_COUNT warm conversions with their reading and writing (the last of five passes in one
#    JVM, one thread). Plain java -jar without the launcher's options is shown beside it.
# Every run's output files are counted. Needs the library built with its test classes and the
# Spark project packaged (the script builds what is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
SPARK_COUNT=${SPARK_COUNT:-2000}
BATCH_COUNT=${BATCH_COUNT:-1000}
work=$(mktemp -d /tmp/pressroom-spark-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export PRESSROOM_CACHE_DIR=$work/cache

if [ ! -f target/pressroom-cli.jar ] || [ ! -d target/test-classes ]; then
  mvn -B -q install -DskipTests
fi
if [ ! -f target/pressroom-spark.jar ]; then
  mvn -B -q -f src/spark/pom.xml package -DskipTests
fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$cp" dev.pressroom.bench.GenerateReleases "$work/spark-in" docx "$SPARK_COUNT" 0
java -cp "$cp" dev.pressroom.bench.GenerateReleases "$work/batch-in" docx "$BATCH_COUNT" 0
single=$(find "$work/batch-in" -name '*.docx' | sort | sed -n 1p)

# seconds COMMAND...: wall-clock seconds of one run, its output discarded
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/err" || [ $? -eq 1 ] || {
    echo "failed: $*" >&2
    tail -5 "$work/err" >&2
    exit 1
  }
  end=$(date +%s%N)
  awk -v n=$((end - start)) 'BEGIN { printf "%.3f\n", n / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# count DIR N: fails unless DIR holds N PDFs
count() {
  local made
  made=$(find "$1" -name '*.pdf' -not -path '*/_pressroom/*' | wc -l)
  [ "$made" -eq "$2" ] || { echo "$1 holds $made of $2 PDFs" >&2; exit 1; }
}

# timed N EXPECT COMMAND...: the median of N runs, each into a new folder ({} in the command),
# each checked to have written EXPECT PDFs
timed() {
  local n=$1 expect=$2 k out
  shift 2
  local -a times=()
  for ((k = 0; k < n; k++)); do
    out=$(mktemp -d "$work/out.XXXXXX")
    times+=("$(seconds "${@//\{\}/$out/}")")
    [ "$expect" -eq 0 ] || count "$out" "$expect"
  done
  printf '%s\n' "${times[@]}" | median
}

echo "== Spark local[2] against convert -j 2: $SPARK_COUNT DOCX to PDF"
cli=$(timed 3 "$SPARK_COUNT" target/pressroom convert "$work/spark-in/" --to pdf -o {} -j 2)
spark=$(timed 3 "$SPARK_COUNT" target/pressroom-spark convert "$work/spark-in/" --to pdf -o {})
spark_one=$(timed 3 1 target/pressroom-spark convert "$single" --to pdf -o {})
printf '| %-44s | %8s |\n' "run" "seconds"
printf '| %-44s | %8s |\n' "target/pressroom convert -j 2" "$cli"
printf '| %-44s | %8s |\n' "target/pressroom-spark (local[2])" "$spark"
printf '| %-44s | %8s |\n' "target/pressroom-spark, one file" "$spark_one"
awk -v a="$spark" -v b="$cli" 'BEGIN { printf "Spark / CLI: %.2fx (goal: at most 1.5x)\n\n", a / b }'

jdks=(/usr/lib/jvm/java-17-openjdk-amd64)
for home in /usr/lib/jvm/*; do
  if [ -f "$home/release" ] && grep -q '^JAVA_VERSION="2[5-9]' "$home/release"; then
    jdks+=("$home")
    break
  fi
done
echo "== The batch: $BATCH_COUNT DOCX to PDF, -j 2"
printf '| %-10s | %9s | %9s | %9s | %9s | %9s | %6s |\n' "JDK" "launcher" "plain jar" \
  "one file" "warm" "floor" "ratio"
for home in "${jdks[@]}"; do
  [ -x "$home/bin/java" ] || continue
  export JAVA_HOME=$home
  version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  # Archives first: the CDS archive on the first conversion, on JDK 25 the AOT cache after the
  # second (trained in the background: wait for it).
  target/pressroom convert "$single" --to pdf -o "$work/warmup/" >/dev/null 2>&1 || true
  target/pressroom convert "$single" --to pdf -o "$work/warmup/" >/dev/null 2>&1 || true
  for _ in $(seq 1 150); do
    [ -d "$PRESSROOM_CACHE_DIR" ] && ! ls "$PRESSROOM_CACHE_DIR"/*.lock >/dev/null 2>&1 && break
    sleep 0.2
  done
  batch=$(timed 3 "$BATCH_COUNT" target/pressroom convert "$work/batch-in/" --to pdf -o {} -j 2)
  plain=$(timed 3 "$BATCH_COUNT" "$home/bin/java" -jar target/pressroom-cli.jar convert \
    "$work/batch-in/" --to pdf -o {} -j 2)
  one=$(timed 5 1 target/pressroom convert "$single" --to pdf -o {})
  warm=$("$home/bin/java" -cp "$cp" dev.pressroom.bench.WarmConversions "$work/batch-in" pdf \
    "$(mktemp -d "$work/warm.XXXXXX")" 5 1)
  awk -v v="$version" -v b="$batch" -v p="$plain" -v o="$one" -v w="$warm" 'BEGIN {
    f = o + w
    printf "| %-10s | %9.2f | %9.2f | %9.3f | %9.2f | %9.2f | %5.2fx |\n", v, b, p, o, w, f, b / f
  }'
done
unset JAVA_HOME
echo
echo "floor = one file + warm; ratio = launcher / floor (goal: at most 1.5x)"
uptime
