// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Signs a large PDF at B-B with {@link PadesSigner} (run by {@code scripts/bench.sh} with
 * {@code -Xmx256m} under {@code /usr/bin/time -v}). Arguments: input PDF, output PDF, PKCS#12
 * file written by {@link BenchFiles}. Prints one line:
 * {@code big_sign_ms=<n> heap_peak_mib=<n> heap_max_mib=<n> signed_bytes=<n>}, where the heap
 * peak is the sum of the heap pools' peak usage.
 */
public final class BigSign {
    private BigSign() {}

    /**
     * Signs the file.
     *
     * @param args input, output, key file
     * @throws java.io.IOException if the output size cannot be read
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BigSign <in.pdf> <out.pdf> <signer.p12>");
        }
        System.out.println(sign(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    }

    /**
     * Signs {@code input} into {@code output} at B-B.
     *
     * @param input the PDF
     * @param output the signed PDF
     * @param p12 the key file
     * @return the line {@link #main} prints
     * @throws java.io.IOException if the output size cannot be read
     */
    static String sign(Path input, Path output, Path p12) throws java.io.IOException {
        PadesSigner signer = PadesSigner.builder().key(BenchInputs.key(p12)).build();
        long t0 = System.nanoTime();
        signer.sign(input, output, BenchInputs.request(PadesLevel.B_B));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return "big_sign_ms=" + ms + " " + BigVerify.heap() + " signed_bytes=" + Files.size(output);
    }
}
