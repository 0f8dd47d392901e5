#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes BENCHMARKS.md (to stdout) from the JMH JSON and the key=value file of scripts/bench.sh."""
import json
import os
import statistics
import sys


def load(jmh_path, props_path):
    props = {}
    with open(props_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line:
                key, value = line.split("=", 1)
                props[key] = value
    with open(jmh_path, encoding="utf-8") as f:
        jmh = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: r
               for r in json.load(f)}
    return jmh, props


def score(jmh, name):
    r = jmh.get(name)
    if r is None:
        return None
    m = r["primaryMetric"]
    return m["score"], m["scoreError"], m["scoreUnit"], m.get("rawData", []), r["mode"]


def cell(jmh, name):
    s = score(jmh, name)
    if s is None:
        return "not run"
    value, error, unit, raw, mode = s
    err = "n/a" if error != error else f"{error:.3g}"  # NaN when a single iteration
    cpu = ""
    for key, metric in jmh[name].get("secondaryMetrics", {}).items():
        if key.endswith("cpu") and metric["score"] == metric["score"]:
            cpu = f"; **CPU {metric['score']:.3g} ms/op**"
    if mode == "sample":
        pct = jmh[name]["primaryMetric"]["scorePercentiles"]
        return (f"mean {value:.3g} ± {err} {unit}; median {pct['50.0']:.3g}, "
                f"p90 {pct['90.0']:.3g}{cpu}")
    flat = [x for fork in raw for x in fork]
    return (f"{value:.3g} ± {err} {unit} (iterations {min(flat):.3g} to {max(flat):.3g})"
            f"{cpu}")


def ms(jmh, name):
    """The median for sampled benchmarks, else the mean; in ms per operation."""
    s = score(jmh, name)
    if s is None:
        return None
    value, _, unit, _, mode = s
    if mode == "sample":
        value = jmh[name]["primaryMetric"]["scorePercentiles"]["50.0"]
    if unit == "ms/op":
        return value
    if unit == "ops/s":
        return 1000.0 / value
    raise ValueError(unit)


def cpu_ms(jmh, name):
    for key, metric in jmh.get(name, {}).get("secondaryMetrics", {}).items():
        if key.endswith("cpu"):
            return metric["score"]
    return None


def dss_ratio(jmh, ours, theirs):
    """Describes how many times faster ours is than DSS: medians, then CPU time per operation."""
    mine, dss = ms(jmh, ours), ms(jmh, theirs)
    if not mine or not dss:
        return "n/a", None
    text = f"DSS / vanban = **{dss / mine:.1f}×** (medians)"
    cpu_mine, cpu_dss = cpu_ms(jmh, ours), cpu_ms(jmh, theirs)
    if cpu_mine and cpu_dss:
        text += f", {cpu_dss / cpu_mine:.1f}× in CPU time"
    return text, dss / mine


def cold(props, variant):
    rows = [v for k, v in props.items() if k.startswith(f"cold.{variant}.")]
    if not rows:
        return None
    parsed = [dict(p.split("=", 1) for p in row.split()) for row in rows]
    first = [int(p["first_render_ms"]) for p in parsed]
    wall = [int(p["wall_ms"]) for p in parsed]
    second = [int(p["second_render_ms"]) for p in parsed]
    return len(rows), statistics.median(first), min(first), max(first), \
        statistics.median(wall), statistics.median(second)


def main():
    jmh, p = load(sys.argv[1], sys.argv[2])
    out = []
    w = out.append
    w("# Benchmarks")
    w("")
    w("Everything below is rewritten by one command, from the repository root:")
    w("")
    w("```sh")
    w("scripts/bench.sh")
    w("```")
    w("")
    w(f"It took **{int(p['duration_s']) // 60} min {int(p['duration_s']) % 60} s** for this run "
      "(build, JMH suite, cold starts, LibreOffice, 200 MB sign and verify). Sources: JMH benchmarks in "
      "`samples/src/test/java/io/github/vanban/samples/bench/` (test scope, so JMH and EU DSS "
      "stay out of `vanban.jar`); raw output in `samples/target/bench/` (`jmh.json`, "
      "`jmh.txt`, `results.properties`, `big-time.txt`, `big-verify-time.txt`).")
    w("")
    w("## Machine")
    w("")
    w(f"* Date: {p['date_utc']}, commit `{p['git']}`")
    w(f"* CPU: {p['cpu']}, `nproc` = {p['nproc']}; RAM {p['ram']}")
    w(f"* JDK: {p['jdk']}; LibreOffice: {p['soffice']}")
    w(f"* Load average (1, 5, 15 min): {p['load_start']} at the start, {p['load_after_jmh']} "
      f"after JMH, {p['load_end']} at the end. The machine is shared with other builds: with a "
      f"load above `nproc` the benchmark thread competes for a core, so absolute numbers are "
      "pessimistic and the error bars wide; the ratios come from the same run, side by side.")
    w("")
    w("JMH (`BenchSettings`): `@Fork(1)`, warm-up 3 × 1 s, measurement 5 × 1 s, `SampleTime` "
      "in ms (reads: throughput in documents per second). `±` is JMH's 99.9 % confidence "
      "half-width. Ratios use medians, which a loaded machine disturbs less than means. "
      "**CPU** is the CPU time of the benchmark JVM per operation (`CpuTimeProfiler`: all its "
      "threads, so GC and helper threads count too): on this shared machine it is the better "
      "estimate of what one operation costs when a core is free.")
    w("")
    w("## Results")
    w("")
    w("| What | Measured | Target / baseline |")
    w("|---|---|---|")
    pdf_ms = ms(jmh, "RenderBenchmark.renderPdf")
    pdf_kb = int(p['pdf_bytes']) / 1000
    verdict = "met" if pdf_ms is not None and pdf_ms < 10 and pdf_kb < 80 else "**not met**"
    w(f"| Render PDF (warm, seed letter, `PdfRenderer`) | {cell(jmh, 'RenderBenchmark.renderPdf')}; "
      f"{pdf_kb:.1f} KB, {p['pdf_pages']} page(s) | issue 4: < 10 ms and < 80 KB: {verdict} |")
    lo_single = [int(v) for k, v in p.items() if k.startswith("lo.single.")]
    if lo_single:
        lo_med = statistics.median(lo_single)
        lo_ten = int(p["lo.ten"]) / 10
        w(f"| LibreOffice DOCX → PDF, one file per `soffice` run ({len(lo_single)} runs) | "
          f"median {lo_med:.0f} ms (min {min(lo_single)}, max {max(lo_single)}); "
          f"{int(p['lo.pdf_bytes']) / 1000:.1f} KB, {p['lo.pdf_pages']} page(s) | "
          f"vanban PDF is **{lo_med / pdf_ms:.0f}×** faster |")
        w(f"| LibreOffice DOCX → PDF, 10 files in one `soffice` run | {p['lo.ten']} ms, "
          f"{lo_ten:.0f} ms per file | vanban PDF is **{lo_ten / pdf_ms:.0f}×** faster |")
    w(f"| Render DOCX (warm, `DocxRenderer`) | {cell(jmh, 'RenderBenchmark.renderDocx')} | — |")
    w(f"| Apply a letterhead to the rendered DOCX (warm, `Letterhead.apply`: footer, `vanban.contact`) | "
      f"{cell(jmh, 'LetterheadBenchmark.applyLetterhead')} | issue 7: — |")
    for variant, label in (("default", "default flags"), ("c1", "`-XX:TieredStopAtLevel=1`"),
                           ("appcds", "AppCDS archive"),
                           ("appcds_c1", "AppCDS + `TieredStopAtLevel=1`")):
        c = cold(p, variant)
        if c:
            n, med, lo, hi, wall, second = c
            w(f"| DOCX cold start, first render in a new JVM, {label} ({n} runs) | median "
              f"{med:.0f} ms (min {lo}, max {hi}); whole process {wall:.0f} ms; second render "
              f"{second:.0f} ms | issue 3: measure and cut |")
    ratio, factor = dss_ratio(jmh, "SignBenchmark.vanbanBaselineB", "SignBenchmark.dssBaselineB")
    goal = "met" if factor is not None and factor >= 5 else "**not met**"
    w(f"| Sign PAdES B-B, vanban `PadesSigner`, PKCS#12 RSA-2048 | {cell(jmh, 'SignBenchmark.vanbanBaselineB')} | "
      f"{ratio}; issue 5 goal ≥ 5×: {goal} |")
    w(f"| Sign PAdES B-B, EU DSS 6.4 `PAdESService`, same key and file | {cell(jmh, 'SignBenchmark.dssBaselineB')} | baseline |")
    w(f"| Sign PAdES B-LT, vanban (loopback TSA, OCSP, CRL) | {cell(jmh, 'SignBenchmark.vanbanBaselineLt')} | — |")
    vratio, _ = dss_ratio(jmh, "VerifyBenchmark.vanbanVerify", "VerifyBenchmark.dssValidate")
    w(f"| Verify the B-LT letter, vanban `Verifier` (offline, test root trusted) | {cell(jmh, 'VerifyBenchmark.vanbanVerify')} | {vratio} |")
    w(f"| Verify the B-LT letter, EU DSS `SignedDocumentValidator` (offline) | {cell(jmh, 'VerifyBenchmark.dssValidate')} | baseline |")
    for name, label in (("ReadBenchmark.readPdf", "PDF"), ("ReadBenchmark.readDocx", "DOCX")):
        w(f"| Read the letter ({label}) with `DocumentReader`, documents per second | "
          f"{cell(jmh, name)} | — |")
    w("")
    w(f"## Big file: sign B-B a {int(p['big.bytes']) / 1024 / 1024:.0f} MiB PDF with `-Xmx256m`")
    w("")
    ok = p.get("big.exit") == "0"
    w(f"* Result: **{'succeeded' if ok else 'FAILED'}** (exit {p.get('big.exit')})"
      + ("" if ok else f": {p.get('big.error', '')}"))
    if ok:
        w(f"* Signing time {p['big.big_sign_ms']} ms; process wall time {p['big.wall']}")
        w(f"* Peak memory: max RSS {int(p['big.max_rss_kib']) / 1024:.0f} MiB (`/usr/bin/time -v`); "
          f"Java heap peak ≤ {p['big.heap_peak_mib']} MiB of {p['big.heap_max_mib']} MiB (sum of the "
          "heap pools' peaks, an upper bound)")
        w(f"* Output {int(p['big.signed_bytes']) / 1024 / 1024:.1f} MiB; `pdfsig -nocert`: "
          f"{p.get('big.pdfsig', 'not run')}")
    if "bigv.exit" in p:
        w("")
        w("Then `Verifier.verify` of the signed file, also with `-Xmx256m`:")
        w("")
        vok = p["bigv.exit"] == "0"
        w(f"* Result: **{'succeeded' if vok else 'FAILED'}** (exit {p['bigv.exit']})"
          + (f", verdict {p.get('bigv.verdict')}" if vok else f": `{p.get('bigv.error', '')}`"))
        if vok:
            w(f"* Verification time {p['bigv.big_verify_ms']} ms; Java heap peak ≤ "
              f"{p['bigv.heap_peak_mib']} MiB")
        else:
            w(f"* Where: `{p.get('bigv.at', '')}`")
        w(f"* Max RSS {int(p['bigv.max_rss_kib']) / 1024:.0f} MiB; process wall time {p['bigv.wall']}")
    w("")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_notes.md"),
              encoding="utf-8") as f:
        w(f.read().rstrip("\n"))
    print("\n".join(out))


if __name__ == "__main__":
    main()
