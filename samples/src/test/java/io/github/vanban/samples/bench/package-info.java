// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of rendering, signing, verifying and reading, each beside its baseline (EU DSS
 * for signing and validation), plus the small programs {@code scripts/bench.sh} runs in their own
 * JVMs: the DOCX cold start ({@link io.github.vanban.samples.bench.DocxColdStart}), the fixture
 * files for the LibreOffice baseline ({@link io.github.vanban.samples.bench.BenchFiles}) and the
 * 200 MB signing check ({@link io.github.vanban.samples.bench.BigPdf},
 * {@link io.github.vanban.samples.bench.BigSign}).
 *
 * <p>Test sources on purpose: JMH and EU DSS stay out of {@code vanban.jar}. Run everything with
 * {@code scripts/bench.sh}; results are in {@code BENCHMARKS.md}.
 */
@NullMarked
package io.github.vanban.samples.bench;

import org.jspecify.annotations.NullMarked;
