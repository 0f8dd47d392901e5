// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A {@link SigningKey} backed by a JCA {@link KeyStore}: a PKCS#12 file or a PKCS#11 token through
 * the JDK's SunPKCS11 provider (USB tokens, HSMs, SoftHSM2).
 *
 * <p>Passwords and PINs are taken as {@code char[]}, used once to open the store and then
 * overwritten with zeros; they are never logged. Instances are thread-safe: the signing call is
 * serialised because PKCS#11 sessions are not always safe to share.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeyStoreSigningKey implements SigningKey {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final Optional<Provider> provider;
    private final String description;

    private KeyStoreSigningKey(PrivateKey privateKey, List<X509Certificate> chain,
            Optional<Provider> provider, String description) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.provider = provider;
        this.description = description;
    }

    /**
     * Opens a PKCS#12 file and takes the key entry named {@code alias}, or the only key entry.
     *
     * @param file the {@code .p12}/{@code .pfx} file
     * @param password the store and key password; cleared before this method returns
     * @param alias the entry to use, or empty to take the only key entry
     * @return the key
     * @throws UncheckedIOException if the file cannot be read
     * @throws SigningException if the password is wrong or no suitable entry exists
     */
    public static KeyStoreSigningKey pkcs12(Path file, char[] password, Optional<String> alias) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(alias, "alias");
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return fromStore(store, password, alias, Optional.empty(), "PKCS#12 file " + file);
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                throw new SigningException("Cannot open PKCS#12 file " + file
                        + ": wrong password", e);
            }
            throw new UncheckedIOException("Cannot read PKCS#12 file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Cannot open PKCS#12 file " + file, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Opens a PKCS#11 token with the JDK SunPKCS11 provider and takes the key entry named {@code
     * alias} (the object label), or the only key entry.
     *
     * @param library the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
     * @param slotListIndex index of the token in the module's slot list (0 for the first)
     * @param pin the user PIN; cleared before this method returns
     * @param alias the key label, or empty to take the only key entry
     * @return the key
     * @throws SigningException if the module cannot be loaded, the PIN is wrong or no key exists
     */
    public static KeyStoreSigningKey pkcs11(Path library, int slotListIndex, char[] pin,
            Optional<String> alias) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(alias, "alias");
        if (slotListIndex < 0) {
            throw new IllegalArgumentException("slotListIndex must be >= 0, was " + slotListIndex);
        }
        try {
            String config = "--name=vanban-" + Integer.toHexString(System.identityHashCode(pin))
                    + "\nlibrary=" + library + "\nslotListIndex=" + slotListIndex + "\n";
            Provider base = Security.getProvider("SunPKCS11");
            if (base == null) {
                throw new SigningException("The JDK has no SunPKCS11 provider");
            }
            Provider provider = base.configure(config);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return fromStore(store, null, alias, Optional.of(provider),
                    "PKCS#11 token " + library + " slot index " + slotListIndex);
        } catch (IOException | GeneralSecurityException | java.security.ProviderException e) {
            throw new SigningException("Cannot open PKCS#11 token " + library + " (slot index "
                    + slotListIndex + "): " + e.getMessage(), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static KeyStoreSigningKey fromStore(KeyStore store, char @org.jspecify.annotations.Nullable [] keyPassword,
            Optional<String> alias, Optional<Provider> provider, String where)
            throws GeneralSecurityException {
        String chosen;
        if (alias.isPresent()) {
            chosen = alias.get();
            if (!store.isKeyEntry(chosen)) {
                throw new SigningException(where + " has no key entry named '" + chosen + "'");
            }
        } else {
            List<String> keys = new ArrayList<>();
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    keys.add(a);
                }
            }
            if (keys.size() != 1) {
                throw new SigningException(where + " has " + keys.size()
                        + " key entries " + keys + "; name the one to use");
            }
            chosen = keys.get(0);
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, keyPassword);
        Certificate[] certs = store.getCertificateChain(chosen);
        if (key == null || certs == null || certs.length == 0) {
            throw new SigningException(where + ": entry '" + chosen
                    + "' has no private key or no certificate");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : certs) {
            chain.add((X509Certificate) c);
        }
        return new KeyStoreSigningKey(key, chain, provider, where + " entry '" + chosen + "'");
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public synchronized byte[] sign(byte[] dataToBeSigned, SignatureScheme scheme) {
        Objects.requireNonNull(dataToBeSigned, "dataToBeSigned");
        Objects.requireNonNull(scheme, "scheme");
        String keyAlg = chain.get(0).getPublicKey().getAlgorithm();
        if (!scheme.keyAlgorithm().equals(keyAlg)) {
            throw new IllegalArgumentException("scheme " + scheme + " needs an "
                    + scheme.keyAlgorithm() + " key but " + description + " holds " + keyAlg);
        }
        try {
            Signature signature = provider.isPresent()
                    ? Signature.getInstance(scheme.jcaName(), provider.get())
                    : Signature.getInstance(scheme.jcaName());
            signature.initSign(privateKey);
            if (scheme.parameters().isPresent()) {
                signature.setParameter(scheme.parameters().get());
            }
            signature.update(dataToBeSigned);
            return signature.sign();
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new SigningException("Signing with " + description + " (" + scheme
                    + ") failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KeyStoreSigningKey[" + description + "]";
    }
}
