// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts office documents to PDF with a headless LibreOffice ({@code soffice}), for fidelity
 * tests. Each call uses its own user profile under the output directory, so concurrent test runs
 * do not collide; converting several files in one call pays LibreOffice's start-up (about 4 s)
 * once.
 */
public final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {}

    /**
     * Tells whether {@code soffice} is on the path.
     *
     * @return {@code true} if LibreOffice can be started
     */
    public static boolean isAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts files to PDF in one LibreOffice run.
     *
     * @param inputs the documents
     * @param outDir where the PDFs go, named like the inputs with {@code .pdf}
     * @return the PDFs, in the order of the inputs
     * @throws IllegalStateException if LibreOffice fails, times out or produces no PDF for an
     *     input (a document it cannot open)
     */
    public static List<Path> convertToPdf(List<Path> inputs, Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path profile = Files.createTempDirectory(outDir, "lo-profile");
            List<String> command = new ArrayList<>(List.of("soffice",
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", outDir.toString()));
            inputs.forEach(p -> command.add(p.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("soffice did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("soffice exited with " + process.exitValue() + ": "
                        + Files.readString(outDir.resolve("soffice.log")));
            }
            List<Path> pdfs = new ArrayList<>();
            for (Path input : inputs) {
                String name = input.getFileName().toString();
                Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
                if (!Files.isRegularFile(pdf)) {
                    throw new IllegalStateException("soffice produced no PDF for " + input + ": "
                            + Files.readString(outDir.resolve("soffice.log")));
                }
                pdfs.add(pdf);
            }
            return pdfs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for soffice", e);
        }
    }
}
