// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the signing key lives, shared by {@code sign} and {@code issue}: a PKCS#12 file or a
 * PKCS#11 token, the entry's alias, and the environment variable holding the password or PIN (never
 * a command-line argument, which other users of the machine can read).
 */
final class KeyOptions {
    /** Exactly one key store; picocli reports "mutually exclusive" when both are given. */
    static final class Store {
        @Option(names = "--keystore", paramLabel = "K.p12", description = "A PKCS#12 file (.p12/.pfx) holding the key.")
        @Nullable Path keystore;

        @Option(names = "--pkcs11", paramLabel = "CFG",
                description = "A PKCS#11 token, described by a SunPKCS11-style file with 'library = /path/to/module.so' "
                        + "and optionally 'slotListIndex = 0'.")
        @Nullable Path pkcs11;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Store store;

    @Option(names = "--alias", paramLabel = "A",
            description = "The key entry (PKCS#12 alias or PKCS#11 label); default: the only key entry.")
    @Nullable String alias;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the key store password or token PIN.")
    @Nullable String passwordEnv;

    /**
     * Tells whether a key store was named.
     *
     * @return whether --keystore or --pkcs11 was given
     */
    boolean isPresent() {
        return store != null && (store.keystore != null || store.pkcs11 != null);
    }

    /**
     * Opens the key. The password is copied from the environment into a {@code char[]}, which the
     * key store clears once opened.
     *
     * @return the key
     * @throws CommandException if the options are incomplete or the files cannot be read
     * @throws io.github.vanban.signing.SigningException if the password is wrong or no key exists
     */
    SigningKey open() {
        if (!isPresent()) {
            throw new CommandException("no key: give --keystore K.p12 or --pkcs11 CFG");
        }
        if (passwordEnv == null) {
            throw new CommandException("no password: give --password-env VAR, the environment variable holding it");
        }
        String value = System.getenv(passwordEnv);
        if (value == null) {
            throw new CommandException("the environment variable " + passwordEnv + " named by --password-env is not set");
        }
        char[] password = value.toCharArray();
        try {
            Optional<String> entry = Optional.ofNullable(alias);
            Path keystore = store == null ? null : store.keystore;
            Path pkcs11 = store == null ? null : store.pkcs11;
            if (keystore != null) {
                CommandFiles.unreadable(keystore).ifPresent(problem -> {
                    throw new CommandException("--keystore: " + problem);
                });
                return KeyStoreSigningKey.pkcs12(keystore, password, entry);
            }
            Pkcs11Config config = Pkcs11Config.read(Objects.requireNonNull(pkcs11, "pkcs11"));
            return KeyStoreSigningKey.pkcs11(config.library(), config.slotListIndex(), password, entry);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Returns the name to print beside a signature: the common name (CN) of the signer's
     * certificate, or for the organisation's seal its organisation (O).
     *
     * @param key the key
     * @param organisation whether the organisation's name is wanted
     * @return the name
     */
    static String displayName(SigningKey key, boolean organisation) {
        X509Certificate certificate = key.certificateChain().get(0);
        String dn = certificate.getSubjectX500Principal().getName();
        try {
            List<Rdn> rdns = new LdapName(dn).getRdns();
            Optional<String> o = attribute(rdns, "O");
            Optional<String> cn = attribute(rdns, "CN");
            Optional<String> first = organisation ? o.or(() -> cn) : cn.or(() -> o);
            return first.orElse(dn);
        } catch (InvalidNameException e) {
            return dn;
        }
    }

    private static Optional<String> attribute(List<Rdn> rdns, String type) {
        for (Rdn rdn : rdns) {
            if (rdn.getType().equalsIgnoreCase(type)) {
                return Optional.of(String.valueOf(rdn.getValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * The two settings of a SunPKCS11 configuration file that {@link KeyStoreSigningKey#pkcs11}
     * takes.
     *
     * @param library the PKCS#11 module
     * @param slotListIndex the token's index in the module's slot list
     */
    record Pkcs11Config(Path library, int slotListIndex) {
        static Pkcs11Config read(Path file) {
            CommandFiles.unreadable(file).ifPresent(problem -> {
                throw new CommandException("--pkcs11: " + problem);
            });
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            Path library = null;
            int slot = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String where = file + ", line " + (i + 1) + ": ";
                if (eq < 0) {
                    throw new CommandException("--pkcs11 " + where + "expected 'key = value', found '" + line + "'");
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "library":
                        library = Path.of(value);
                        break;
                    case "slotlistindex":
                        try {
                            slot = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new CommandException("--pkcs11 " + where + "slotListIndex must be a whole number, found '"
                                    + value + "'");
                        }
                        break;
                    case "name":
                        break;
                    default:
                        throw new CommandException("--pkcs11 " + where + "unsupported setting '" + key
                                + "'; expected library, slotListIndex or name");
                }
            }
            if (library == null) {
                throw new CommandException("--pkcs11 " + file + ": no 'library = /path/to/module.so' line");
            }
            return new Pkcs11Config(library, slot);
        }
    }
}
