// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time the benchmark JVM spent per operation ({@code ·cpu}, ms/op), next to JMH's
 * wall-clock score. On a shared machine whose load exceeds its cores the wall time grows with the
 * queue for a core; the CPU time does not. It counts every thread of the forked JVM (helper threads
 * such as the reader's time-out thread, GC, the in-JVM loopback TSA and CRL server, and what is
 * left of JIT compilation after warm-up), not other processes (the {@code openssl ocsp} responder).
 * Enable with {@code -prof io.github.vanban.samples.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final OperatingSystemMXBean os =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private long before;

    /** Creates the profiler; JMH calls it by name. */
    public CpuTimeProfiler() {}

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long spent = os.getProcessCpuTime() - before;
        long ops = result.getMetadata().getAllOps();
        double msPerOp = ops == 0 ? Double.NaN : spent / 1e6 / ops;
        return List.of(new ScalarResult("cpu", msPerOp, "ms/op", AggregationPolicy.AVG));
    }
}
