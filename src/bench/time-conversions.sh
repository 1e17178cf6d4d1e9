#!/usr/bin/env bash
# Times whole command-line runs, cold JVM each time, as a user sees them:
#   inspect of the seed, and convert of the seed to each format the jar writes and to all,
#   each without and with a class-data-sharing (CDS) archive of the CLI's classes.
#
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   src/bench/time-conversions.sh [RUNS]        # RUNS per command, default 10
#   INPUT=some/release.md src/bench/time-conversions.sh
#
# Prints one line per command: median wall time and median CPU time (user + sys) in ms. The runs
# interleave the commands, so that a change in the machine's load touches all of them alike.
# The CDS archive is target/pressroom-cli.jsa, made by one run with -XX:ArchiveClassesAtExit
# (JDK 13+); the README says how to use it. Wall times depend on the machine's load, so the
# script also times a JVM that does nothing (`java -version`) as a baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-10}"
jar=target/pressroom-cli.jar
input="${INPUT:-seeds/000_ef7c4c50acd32147.txt}"
archive=target/pressroom-cli.jsa
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
if ! java -jar "$jar" inspect "$input" >/dev/null; then
  echo "cannot read $input with this jar (is its format there? see: java -jar $jar formats)" >&2
  exit 1
fi

# A CDS archive of every class a conversion to all formats loads; stale archives are replaced.
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  rm -f "$archive"
  java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" convert "$input" --to all \
    -o "$scratch/cds/" >/dev/null 2>&1 || true
fi

# The commands, as label and command line (paths here contain no spaces).
labels=()
commands=()
add() {
  labels+=("$1")
  commands+=("$2")
}

cds="-XX:SharedArchiveFile=$archive -Xlog:cds=off,cds+dynamic=off"
quick="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
add "java -version (JVM baseline)" "java -version"
add "inspect" "java -jar $jar inspect $input"
add "inspect, CDS" "java $cds -jar $jar inspect $input"
add "inspect, C1 + SerialGC" "java $quick -jar $jar inspect $input"
add "inspect, CDS + C1 + SerialGC" "java $cds $quick -jar $jar inspect $input"
for format in $(java -jar "$jar" formats | awk 'NR > 1 && $NF == "yes" { print $1 }') all; do
  add "convert --to $format" "java -jar $jar convert $input --to $format -o $scratch/out/"
  add "convert --to $format, CDS" "java $cds -jar $jar convert $input --to $format -o $scratch/out/"
done

TIMEFORMAT='%3R %3U %3S'
for ((i = 0; i < runs; i++)); do
  for j in "${!commands[@]}"; do
    read -ra command <<<"${commands[$j]}"
    { time "${command[@]}" >/dev/null 2>&1; } 2>>"$scratch/times.$j" || true
  done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
echo "# $(java -version 2>&1 | head -1), input $input"
for j in "${!commands[@]}"; do
  printf '%-44s %7s ms wall %7s ms cpu\n' "${labels[$j]}" \
    "$(awk '{ printf "%d\n", $1 * 1000 }' "$scratch/times.$j" | median)" \
    "$(awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$scratch/times.$j" | median)"
done
