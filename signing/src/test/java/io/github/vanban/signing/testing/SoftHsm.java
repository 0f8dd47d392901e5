// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Optional;

/**
 * A SoftHSM2 token created by the tests (Debian package {@code softhsm2}). SoftHSM reads the file
 * named by the {@code SOFTHSM2_CONF} environment variable when the module is initialised, so the
 * build sets that variable for the test JVM and this class writes the file (token directory under
 * it) and initialises one token with {@code softhsm2-util} before any PKCS#11 use in the JVM.
 */
public final class SoftHsm {
    /** The PKCS#11 module. */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    /** The user PIN of the test token. */
    public static final String PIN = "123456";
    private static final String LABEL = "vanban-test";

    private static volatile Optional<Integer> slotIndex;

    private SoftHsm() {}

    /**
     * Tells why the token cannot be used here, if so.
     *
     * @return the reason, or empty when SoftHSM2 is usable
     */
    public static Optional<String> unavailable() {
        if (!Files.isRegularFile(LIBRARY)) {
            return Optional.of("SoftHSM2 is not installed (" + LIBRARY + ")");
        }
        if (System.getenv("SOFTHSM2_CONF") == null) {
            return Optional.of("SOFTHSM2_CONF is not set for the test JVM");
        }
        return Optional.empty();
    }

    /**
     * Initialises the token once per JVM and imports {@code identity} under {@code alias}.
     *
     * @param identity key and chain to import
     * @param alias object label
     * @return the slot list index of the token
     */
    public static synchronized int tokenWith(TestPki.Identity identity, String alias) {
        Optional<Integer> index = slotIndex;
        if (index == null) {
            index = Optional.of(initToken());
            slotIndex = index;
        }
        try {
            Provider provider = Security.getProvider("SunPKCS11").configure("--name=softhsm-import\nlibrary="
                    + LIBRARY + "\nslotListIndex=" + index.get() + "\n");
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, PIN.toCharArray());
            if (!store.containsAlias(alias)) {
                store.setKeyEntry(alias, identity.keyPair().getPrivate(), null, identity.chainArray());
            }
            return index.get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot import into SoftHSM2", e);
        }
    }

    private static int initToken() {
        try {
            Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
            Path tokens = conf.resolveSibling("tokens");
            if (Files.exists(tokens)) {
                try (var walk = Files.walk(tokens)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\n");
            run(List.of("softhsm2-util", "--init-token", "--free", "--label", LABEL,
                    "--so-pin", "12345678", "--pin", PIN));
            String slots = run(List.of("softhsm2-util", "--show-slots"));
            String[] blocks = slots.split("(?m)^Slot ");
            int index = 0;
            for (int i = 1; i < blocks.length; i++) {
                if (blocks[i].contains("Label:            " + LABEL)
                        || blocks[i].matches("(?s).*Label:\\s+" + LABEL + "\\s.*")) {
                    return index;
                }
                index++;
            }
            throw new IllegalStateException("token not found in:\n" + slots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }
}
