#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Reruns every vanban benchmark and rewrites BENCHMARKS.md at the repository root:
#   1. builds core, signing and samples (test classes; never `mvn install`),
#   2. runs the JMH suite (samples/src/test/java/.../bench) with the EU DSS baselines in the
#      same run,
#   3. times the first DOCX rendering in fresh JVMs: default, -XX:TieredStopAtLevel=1, AppCDS,
#   4. times LibreOffice's DOCX -> PDF conversion of vanban's DOCX (the PDF baseline),
#   5. signs a ~200 MB PDF with -Xmx256m under /usr/bin/time -v, checks it with pdfsig, and
#      verifies it with vanban's Verifier, also with -Xmx256m.
#
# Usage: scripts/bench.sh [--quick]
#   --quick  one short JMH iteration per benchmark and fewer repetitions (smoke test only;
#            the numbers are not worth publishing).
# Environment: BIG_MIB (default 200), RUNS (cold-start and LibreOffice repetitions, default 5).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/samples/target/bench
QUICK=0
[[ ${1:-} == --quick ]] && QUICK=1
RUNS=${RUNS:-$([[ $QUICK == 1 ]] && echo 2 || echo 5)}
BIG_MIB=${BIG_MIB:-200}
START=$(date +%s)
mkdir -p "$OUT"
RESULTS=$OUT/results.properties
: > "$RESULTS"
record() { echo "$1=$2" >> "$RESULTS"; }
log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

record date_utc "$(date -u '+%Y-%m-%d %H:%M UTC')"
record nproc "$(nproc)"
record cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
record ram "$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
record jdk "$(java -version 2>&1 | head -2 | tail -1)"
record soffice "$(soffice --version 2>/dev/null | head -1 || echo absent)"
record git "$(git -C "$ROOT" rev-parse --short HEAD)"
record load_start "$(cut -d' ' -f1-3 /proc/loadavg)"

log "building (mvn -pl samples -am test-compile)"
(cd "$ROOT" && mvn -B -ntp -q -pl samples -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
cd "$ROOT/samples"
CP=target/test-classes:target/classes:$(cat target/bench-classpath.txt)
B=io.github.vanban.samples.bench

log "fixture files"
java -cp "$CP" $B.BenchFiles "$OUT" | tr ' ' '\n' >> "$RESULTS"

log "JMH suite"
if [[ $QUICK == 1 ]]; then JMH_OPTS=(-wi 1 -w 1 -i 1 -r 1); else JMH_OPTS=(); fi
java -cp "$CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -prof $B.CpuTimeProfiler -rf json -rff "$OUT/jmh.json" \
    'io.github.vanban.samples.bench.*Benchmark' | tee "$OUT/jmh.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[A-Za-z]+(:cpu)? )' >&2 || true
record load_after_jmh "$(cut -d' ' -f1-3 /proc/loadavg)"

log "DOCX cold start, $RUNS runs per variant"
# AppCDS archives only classes from JAR files, so the cold starts run from jars of the class dirs.
rm -rf "$OUT/jars"
mkdir -p "$OUT/jars"
JAR_CP=
n=0
IFS=: read -ra ENTRIES <<< "$CP"
for entry in "${ENTRIES[@]}"; do
    if [[ -d $entry ]]; then
        n=$((n + 1))
        jar --create --file "$OUT/jars/classes-$n.jar" -C "$entry" .
        entry=$OUT/jars/classes-$n.jar
    fi
    JAR_CP=${JAR_CP:+$JAR_CP:}$entry
done
JSA=$OUT/docx-coldstart.jsa
rm -f "$JSA"
java -XX:ArchiveClassesAtExit="$JSA" -cp "$JAR_CP" $B.DocxColdStart > "$OUT/appcds-dump.log" 2>&1 \
    || log "AppCDS archive failed, see $OUT/appcds-dump.log"
cold() { # name, JVM flags...
    local name=$1; shift
    for i in $(seq "$RUNS"); do
        local t0 t1 line
        t0=$(date +%s%N)
        line=$(java "$@" -cp "$JAR_CP" $B.DocxColdStart)
        t1=$(date +%s%N)
        echo "cold.$name.$i=$line wall_ms=$(( (t1 - t0) / 1000000 ))" >> "$RESULTS"
    done
}
cold default
cold c1 -XX:TieredStopAtLevel=1
if [[ -f $JSA ]]; then
    cold appcds -XX:SharedArchiveFile="$JSA"
    cold appcds_c1 -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1
fi

if command -v soffice > /dev/null; then
    log "LibreOffice DOCX -> PDF, $RUNS single runs and one run of 10 files"
    PROFILE=$OUT/lo-profile
    LO=(soffice "-env:UserInstallation=file://$PROFILE" --headless --norestore --convert-to pdf)
    rm -rf "$PROFILE" "$OUT/lo"
    mkdir -p "$OUT/lo/one" "$OUT/lo/ten" "$OUT/lo/out"
    cp "$OUT/letter.docx" "$OUT/lo/one/letter.docx"
    for i in $(seq -w 1 10); do cp "$OUT/letter.docx" "$OUT/lo/ten/letter-$i.docx"; done
    "${LO[@]}" --outdir "$OUT/lo/out" "$OUT/lo/one/letter.docx" > /dev/null 2>&1 # creates the profile
    for i in $(seq "$RUNS"); do
        t0=$(date +%s%N)
        "${LO[@]}" --outdir "$OUT/lo/out" "$OUT/lo/one/letter.docx" > /dev/null 2>&1
        t1=$(date +%s%N)
        record "lo.single.$i" $(( (t1 - t0) / 1000000 ))
    done
    t0=$(date +%s%N)
    "${LO[@]}" --outdir "$OUT/lo/out" "$OUT"/lo/ten/*.docx > /dev/null 2>&1
    t1=$(date +%s%N)
    record lo.ten $(( (t1 - t0) / 1000000 ))
    record lo.pdf_bytes "$(stat -c %s "$OUT/lo/out/letter.pdf")"
    record lo.pdf_pages "$(pdfinfo "$OUT/lo/out/letter.pdf" | awk '/^Pages:/ {print $2}')"
    record lo.outputs "$(ls "$OUT"/lo/out/*.pdf | wc -l)"
fi

log "big file: ${BIG_MIB} MiB PDF, sign B-B with -Xmx256m"
BIG=$OUT/big-$BIG_MIB.pdf
[[ -f $BIG ]] || java -Xmx1g -cp "$CP" $B.BigPdf "$BIG" "$BIG_MIB" | tr ' ' '\n' >> "$RESULTS"
record big.bytes "$(stat -c %s "$BIG")"
rm -f "$OUT/big-signed.pdf"
set +e
/usr/bin/time -v -o "$OUT/big-time.txt" java -Xmx256m -XX:+HeapDumpOnOutOfMemoryError \
    -XX:HeapDumpPath="$OUT" -cp "$CP" $B.BigSign "$BIG" "$OUT/big-signed.pdf" "$OUT/signer.p12" \
    > "$OUT/big-sign.txt" 2> "$OUT/big-sign.err"
record big.exit $?
set -e
tr ' ' '\n' < "$OUT/big-sign.txt" | sed 's/^/big./' >> "$RESULTS"
record big.max_rss_kib "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/big-time.txt")"
record big.wall "$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$OUT/big-time.txt")"
record big.error "$(grep -m1 -E 'Exception|Error' "$OUT/big-sign.err" || true)"
if [[ -f $OUT/big-signed.pdf ]]; then
    record big.pdfsig "$(pdfsig -nocert "$OUT/big-signed.pdf" 2>&1 | grep -m1 'Signature Validation' | sed 's/^ *- //')"
fi

log "big file: verify with -Xmx256m"
if [[ -f $OUT/big-signed.pdf ]]; then
    set +e
    /usr/bin/time -v -o "$OUT/big-verify-time.txt" java -Xmx256m -cp "$CP" $B.BigVerify \
        "$OUT/big-signed.pdf" "$OUT/signer.p12" > "$OUT/big-verify.txt" 2> "$OUT/big-verify.err"
    record bigv.exit $?
    set -e
    tr ' ' '\n' < "$OUT/big-verify.txt" | sed 's/^/bigv./' >> "$RESULTS"
    record bigv.max_rss_kib "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/big-verify-time.txt")"
    record bigv.wall "$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$OUT/big-verify-time.txt")"
    record bigv.error "$(grep -m1 -E 'Exception|Error' "$OUT/big-verify.err" || true)"
    record bigv.at "$(grep -m3 -E '^\s+at ' "$OUT/big-verify.err" | sed 's/^\s*//' | paste -sd ' ' || true)"
fi

record load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
record duration_s $(( $(date +%s) - START ))
log "writing BENCHMARKS.md"
python3 "$ROOT/scripts/bench_report.py" "$OUT/jmh.json" "$RESULTS" > "$OUT/BENCHMARKS.md"
cp "$OUT/BENCHMARKS.md" "$ROOT/BENCHMARKS.md"
log "done in $(( $(date +%s) - START )) s"
