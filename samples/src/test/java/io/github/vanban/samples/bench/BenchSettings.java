// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark inherits (JMH reads these annotations from superclasses): one
 * fork, 3 × 1 s warm-up, 5 × 1 s measurement, sampled time in milliseconds (mean with JMH's
 * error, and percentiles: the median resists the load of a shared machine better than the mean),
 * one state per benchmark. Modest on purpose: the machine has 2 shared cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchSettings {
    /** For subclasses. */
    protected BenchSettings() {}
}
