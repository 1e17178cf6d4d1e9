#!/usr/bin/env bash
# Converts one set of generated releases with Pressroom and, when installed, with pandoc and
# LibreOffice, and prints throughput, peak memory and the ratios side by side.
#
#   src/bench/compare-tools.sh            # 1,000 seed-sized releases + 5 of 200 paragraphs
#   COUNT=200 LONG=2 src/bench/compare-tools.sh
#
# Pressroom runs in one JVM per batch (the CLI; the median of three runs), single-threaded and
# with -j 2, and once more in one JVM already warm (five passes over the set, the last one timed;
# one thread and two), as a service would. pandoc converts Markdown to DOCX with one process per
# file, as people use it; LibreOffice converts DOCX to PDF in batch calls of at most 200 files
# (LibreOffice 7.4 silently stops after 247 files of one call, exiting 0). Every run's output files are counted: a tool that writes fewer than it was given is
# reported, not timed as if it had converted them all. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-1000}
LONG=${LONG:-5}
total=$((COUNT + LONG))
work=$(mktemp -d /tmp/pressroom-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ ! -f target/pressroom-cli.jar ] || [ ! -d target/test-classes ]; then
  mvn -B -q package -DskipTests
fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$cp" dev.pressroom.bench.GenerateReleases "$work/md" md "$COUNT" "$LONG"
java -cp "$cp" dev.pressroom.bench.GenerateReleases "$work/docx" docx "$COUNT" "$LONG"

# run NAME OUTDIR EXT COMMAND...: times a command, records seconds and peak RSS (KiB), and
# checks that OUTDIR then holds one EXT file per release
declare -A secs mem
run() {
  local name=$1 outdir=$2 ext=$3
  shift 3
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    echo "$name failed:" >&2
    tail -5 "$work/err" >&2
    return 0
  }
  local s m made
  read -r s m <"$work/time"
  made=$(find "$outdir" -name "*.$ext" 2>/dev/null | wc -l)
  if [ "$made" -ne "$total" ]; then
    echo "$name wrote $made of $total files; not counted" >&2
    return 0
  fi
  secs[$name]=$s
  mem[$name]=$m
}

# pressroom NAME INDIR FORMAT EXT JOBS: three CLI runs, each into a new folder; the run with the
# median time is kept (a short run is at the mercy of the machine's other work)
cli="java -jar target/pressroom-cli.jar"
runs=0
pressroom() {
  local name=$1 in=$2 to=$3 ext=$4 jobs=$5 k
  local -a tried=()
  for k in 1 2 3; do
    runs=$((runs + 1))
    unset "secs[$name]"
    run "$name" "$work/p$runs" "$ext" $cli convert "$in" --to "$to" -o "$work/p$runs/" -j "$jobs"
    [ -n "${secs[$name]:-}" ] || return 0
    tried+=("${secs[$name]} ${mem[$name]}")
  done
  local median
  median=$(printf '%s\n' "${tried[@]}" | sort -n | sed -n 2p)
  secs[$name]=${median% *}
  mem[$name]=${median#* }
}
pressroom "pressroom md->docx -j 1" "$work/md" docx docx 1
pressroom "pressroom md->docx -j 2" "$work/md" docx docx 2
pressroom "pressroom docx->pdf -j 1" "$work/docx" pdf pdf 1
pressroom "pressroom docx->pdf -j 2" "$work/docx" pdf pdf 2
# The same conversion in one JVM already warm (a service): the last of five passes, on one
# thread and on two.
for threads in 1 2; do
  warm=$(java -cp "$cp" dev.pressroom.bench.WarmConversions "$work/docx" pdf "$work/warm$threads" \
    5 "$threads")
  made=$(find "$work/warm$threads/pass-4" -name "*.pdf" | wc -l)
  if [ "$made" -eq "$total" ]; then
    secs["pressroom docx->pdf, warm, $threads"]=$warm
  fi
done
if command -v pandoc >/dev/null; then
  mkdir -p "$work/pandoc"
  run "pandoc md->docx" "$work/pandoc" docx bash -c 'for f in "$1"/md/*.md; do
    pandoc -f markdown -t docx -o "$1/pandoc/$(basename "$f" .md).docx" "$f"; done' _ "$work"
fi
if command -v soffice >/dev/null; then
  run "libreoffice docx->pdf" "$work/lo" pdf bash -c 'find "$1/docx" -name "*.docx" | sort |
    xargs -n 200 soffice -env:UserInstallation="file://$1/lo-profile" --headless \
      --convert-to pdf --outdir "$1/lo"' _ "$work"
fi

printf '\n%d releases (%d seed-sized, %d of 200 paragraphs)\n' "$total" "$COUNT" "$LONG"
{
  java -version 2>&1 | head -1
  if command -v pandoc >/dev/null; then pandoc --version | head -1; fi
  if command -v soffice >/dev/null; then soffice --version | head -1; fi
} | sed 's/^/  /'
echo
printf '| %-30s | %9s | %13s | %13s |\n' "conversion" "seconds" "releases/s" "peak RSS MiB"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..32})" "-----------" "---------------" "---------------"
for name in "pressroom md->docx -j 1" "pressroom md->docx -j 2" "pandoc md->docx" \
  "pressroom docx->pdf -j 1" "pressroom docx->pdf -j 2" "pressroom docx->pdf, warm, 1" \
  "pressroom docx->pdf, warm, 2" \
  "libreoffice docx->pdf"; do
  [ -n "${secs[$name]:-}" ] || continue
  rate=$(awk -v n="$total" -v s="${secs[$name]}" 'BEGIN { printf "%.1f", n / (s > 0 ? s : 0.01) }')
  rss=-
  [ -z "${mem[$name]:-}" ] || rss=$((mem[$name] / 1024))
  printf '| %-30s | %9s | %13s | %13s |\n' "$name" "${secs[$name]}" "$rate" "$rss"
done
ratio() {
  [ -n "${secs[$1]:-}" ] && [ -n "${secs[$2]:-}" ] || return 0
  awk -v a="${secs[$1]}" -v b="${secs[$2]}" -v n1="$1" -v n2="$2" \
    'BEGIN { printf "%s is %.0fx the throughput of %s\n", n1, b / (a > 0 ? a : 0.01), n2 }'
}
echo
ratio "pressroom md->docx -j 1" "pandoc md->docx"
ratio "pressroom md->docx -j 2" "pandoc md->docx"
ratio "pressroom docx->pdf -j 1" "libreoffice docx->pdf"
ratio "pressroom docx->pdf -j 2" "libreoffice docx->pdf"
ratio "pressroom docx->pdf, warm, 1" "libreoffice docx->pdf"
ratio "pressroom docx->pdf, warm, 2" "libreoffice docx->pdf"
