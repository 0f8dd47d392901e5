// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Poppler {@code pdfsig} as an oracle, with an NSS database that trusts the test root ({@code -t
 * C,C,C}). Its exit code is 0 even for invalid signatures, so the text is parsed. Needs the Debian
 * packages {@code poppler-utils} and {@code libnss3-tools}.
 */
public final class Pdfsig {
    /**
     * One signature block of the output.
     *
     * @param text the block text
     */
    public record Signature(String text) {
        /**
         * Tells whether pdfsig says "Signature is Valid".
         *
         * @return whether pdfsig says "Signature is Valid"
         */
        public boolean isValid() {
            return text.contains("Signature Validation: Signature is Valid.");
        }

        /**
         * Tells whether the signature covers the whole file.
         *
         * @return whether the signature covers the whole file
         */
        public boolean coversWholeDocument() {
            return text.contains("Total document signed") && !text.contains("Not total document signed");
        }

        /**
         * Tells whether the certificate chain is trusted.
         *
         * @return whether the certificate chain is trusted
         */
        public boolean isTrusted() {
            return text.contains("Certificate Validation: Certificate is Trusted.");
        }
    }

    private Pdfsig() {}

    /**
     * Creates an NSS database trusting {@code pki}'s root.
     *
     * @param directory empty directory for the database
     * @param pki the PKI
     * @return the {@code sql:} directory argument
     */
    public static String nssDatabase(Path directory, TestPki pki) {
        return nssDatabase(directory, pki.root().certificate());
    }

    /**
     * Creates an NSS database trusting one root certificate.
     *
     * @param directory empty directory for the database
     * @param trustAnchor the root to trust ({@code -t C,C,C})
     * @return the {@code sql:} directory argument
     */
    public static String nssDatabase(Path directory, java.security.cert.X509Certificate trustAnchor) {
        try {
            Files.createDirectories(directory);
            Path root = directory.resolve("root.pem");
            Files.writeString(root, TestPki.pem(trustAnchor));
            run(List.of("certutil", "-N", "-d", "sql:" + directory, "--empty-password"));
            run(List.of("certutil", "-A", "-d", "sql:" + directory, "-n", "vanban-test-root",
                    "-t", "C,C,C", "-i", root.toString()));
            return "sql:" + directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs pdfsig and splits its output per signature.
     *
     * @param pdf the file
     * @param nssDatabase from {@link #nssDatabase}
     * @return the signed signatures in file order (empty signature fields are left out)
     */
    public static List<Signature> check(Path pdf, String nssDatabase) {
        String out = run(List.of("pdfsig", "-nssdir", nssDatabase, pdf.toString()));
        List<Signature> signatures = new ArrayList<>();
        String[] blocks = out.split("(?m)^Signature #\\d+:");
        for (int i = 1; i < blocks.length; i++) {
            if (!blocks[i].contains("is not signed")) {
                signatures.add(new Signature(blocks[i]));
            }
        }
        return signatures;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
