// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/**
 * Verifies a large signed PDF with {@link Verifier} (run by {@code scripts/bench.sh} with
 * {@code -Xmx256m} under {@code /usr/bin/time -v}), trusting the root at the end of the chain in
 * the PKCS#12 file written by {@link BenchFiles}. Arguments: signed PDF, key file. Prints one line:
 * {@code big_verify_ms=<n> verdict=<VALID|...> heap_peak_mib=<n> heap_max_mib=<n>}.
 */
public final class BigVerify {
    private BigVerify() {}

    /**
     * Verifies the file.
     *
     * @param args signed PDF, key file
     * @throws Exception if the key file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BigVerify <signed.pdf> <signer.p12>");
        }
        System.out.println(verify(Path.of(args[0]), Path.of(args[1])));
    }

    /**
     * Verifies {@code pdf} offline.
     *
     * @param pdf the signed PDF
     * @param p12 the key file whose chain ends in the root to trust
     * @return the line {@link #main} prints
     * @throws Exception if the key file cannot be read
     */
    static String verify(Path pdf, Path p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(p12)) {
            store.load(in, BenchInputs.PASSWORD.toCharArray());
        }
        Certificate[] chain = store.getCertificateChain(store.aliases().nextElement());
        Verifier verifier = Verifier.builder()
                .trustAnchor((X509Certificate) chain[chain.length - 1]).build();
        long t0 = System.nanoTime();
        VerificationReport report = verifier.verify(pdf);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return "big_verify_ms=" + ms + " verdict=" + report.verdict() + " " + heap();
    }

    /**
     * Describes the heap: the sum of the heap pools' peaks and the maximum.
     *
     * @return {@code heap_peak_mib=<n> heap_max_mib=<n>}
     */
    static String heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return "heap_peak_mib=" + peak / (1024 * 1024) + " heap_max_mib="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
