// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Converts test fixtures with LibreOffice headless, skipping the calling test when it is absent. */
final class LibreOffice {
    private LibreOffice() {}

    /** Tells whether {@code soffice} is on the PATH. */
    static boolean isInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts every input to {@code format} (docx, doc, pdf, odt) in one soffice run, with a
     * private profile so that parallel runs do not collide.
     *
     * @return the converted files, in the order of the inputs
     */
    static List<Path> convert(List<Path> inputs, String format, Path outDir) throws IOException, InterruptedException {
        assumeTrue(isInstalled(), "LibreOffice (soffice) is not installed: the conversions to DOCX, DOC, PDF and ODT are skipped");
        Path profile = Files.createTempDirectory("vanban-soffice-profile");
        List<String> command = new ArrayList<>(List.of(
                "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", format, "--outdir", outDir.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice-" + format + ".log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice did not finish converting to " + format + " within 180 s");
        }
        List<Path> outputs = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Path output = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.isRegularFile(output)) {
                throw new IllegalStateException("soffice did not produce " + output + " (exit " + process.exitValue()
                        + "): " + Files.readString(outDir.resolve("soffice-" + format + ".log")));
            }
            outputs.add(output);
        }
        return outputs;
    }
}
