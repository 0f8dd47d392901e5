// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.PadesLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutation fuzzing of a signed B-LTA letter with a fixed seed: 200 mutated files (bit flips, byte
 * overwrites, digit changes, truncation, chunk insertion and deletion). Each must yield a report
 * or a {@link VerificationException}, nothing else; and a mutated file may only be VALID when the
 * mutation cannot matter (it stays inside an unsigned /Contents gap, or cuts the file at a
 * revision end).
 */
class FuzzTest {
    private static final long SEED = 20_261_126L;
    private static final int CASES = 200;

    /** The timeout only guards against a hang; speed is measured with JMH elsewhere. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void mutated_signed_files_never_crash_and_are_never_wrongly_valid() {
        Fixtures fx = Fixtures.get();
        byte[] original = fx.signedLetter(PadesLevel.B_LTA);
        Verifier verifier = fx.verifier();
        assertThat(verifier.verify(original).isValid()).isTrue();
        List<int[]> gaps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int[] br = Attacks.byteRange(original, i);
            gaps.add(new int[] {br[1], br[2]});
        }
        List<Integer> revisionEnds = new PdfRevisions(PdfBytes.of(original), 100).candidateEnds();
        Random random = new Random(SEED);
        int reports = 0;
        int exceptions = 0;
        int valid = 0;
        List<String> wronglyValid = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Mutation m = mutate(original, random);
            try {
                VerificationReport report = BothWays.verify(verifier, m.bytes);
                reports++;
                if (report.isValid()) {
                    valid++;
                    if (!harmless(original, m.bytes, gaps, revisionEnds)) {
                        wronglyValid.add(n + ": " + m.description);
                    }
                }
            } catch (VerificationException e) {
                exceptions++;
            }
        }
        assertThat(wronglyValid).isEmpty();
        assertThat(reports + exceptions).isEqualTo(CASES);
        assertThat(reports).as("most mutants still parse").isGreaterThan(CASES / 2);
        assertThat(valid).as("valid mutants").isLessThan(CASES / 4);
    }

    private record Mutation(byte[] bytes, String description) {}

    private static Mutation mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int at = random.nextInt(b.length);
        switch (random.nextInt(6)) {
            case 0:
                b[at] ^= (byte) (1 << random.nextInt(8));
                return new Mutation(b, "bit flip at " + at);
            case 1:
                b[at] = (byte) random.nextInt(256);
                return new Mutation(b, "byte overwrite at " + at);
            case 2:
                for (int i = at; i < b.length; i++) {
                    if (b[i] >= '0' && b[i] <= '9') {
                        b[i] = (byte) ('0' + (b[i] - '0' + 1 + random.nextInt(9)) % 10);
                        return new Mutation(b, "digit change at " + i);
                    }
                }
                return new Mutation(b, "no digit after " + at);
            case 3:
                return new Mutation(Arrays.copyOf(b, at), "truncated to " + at);
            case 4: {
                int len = 1 + random.nextInt(Math.min(512, b.length - at));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at + len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                return new Mutation(out, "duplicated " + len + " bytes at " + at);
            }
            default: {
                int len = 1 + random.nextInt(Math.min(512, b.length - at));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                return new Mutation(out, "deleted " + len + " bytes at " + at);
            }
        }
    }

    /** Whether a VALID verdict on {@code mutated} is right. */
    private static boolean harmless(byte[] original, byte[] mutated, List<int[]> gaps,
            List<Integer> revisionEnds) {
        if (mutated.length < original.length
                && Arrays.equals(mutated, 0, mutated.length, original, 0, mutated.length)) {
            int end = mutated.length;
            return revisionEnds.stream().anyMatch(e -> e == end || e - 1 == end);
        }
        if (mutated.length != original.length) {
            return false;
        }
        for (int i = 0; i < original.length; i++) {
            if (original[i] != mutated[i]) {
                int offset = i;
                if (gaps.stream().noneMatch(g -> offset > g[0] && offset < g[1] - 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
