#!/usr/bin/env bash
# Regenerates samples/: the seed and the rich samples in every format, the seed printed on a
# letterhead (samples/letterhead/, PDF and DOCX), and a PNG preview of the first page of every
# PDF. SamplesTest checks that samples/ is what this script writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests
java -jar target/pressroom-cli.jar convert seeds/000_ef7c4c50acd32147.txt src/samples/ --to all -o samples/
java -jar target/pressroom-cli.jar convert seeds/000_ef7c4c50acd32147.txt --to pdf,docx \
  --style src/samples/letterhead/style.yaml -o samples/letterhead/
for pdf in samples/*.pdf samples/letterhead/*.pdf; do
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "${pdf%.pdf}.page1"
done
