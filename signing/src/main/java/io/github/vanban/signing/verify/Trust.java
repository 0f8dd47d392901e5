// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.ValidationData;
import io.github.vanban.signing.ValidationDataSource;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Certificate path building to the caller's trust anchors (RFC 5280, JDK PKIX without its
 * revocation checking) and our own revocation checking from embedded or fetched OCSP responses
 * and CRLs, so the outcome depends only on the data we can show in the report.
 */
final class Trust {
    static final Provider BC = new BouncyCastleProvider();
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private final Set<TrustAnchor> anchors;
    private final Optional<ValidationDataSource> online;

    Trust(Collection<X509Certificate> anchors, Optional<ValidationDataSource> online) {
        Set<TrustAnchor> set = new LinkedHashSet<>();
        for (X509Certificate c : anchors) {
            set.add(new TrustAnchor(c, null));
        }
        this.anchors = set;
        this.online = online;
    }

    /** A certificate path, signer first and trust anchor last, or why there is none. */
    record PathResult(List<X509Certificate> path, Optional<Reason> failure, String detail) {}

    /** The revocation outcome over a path. */
    record RevocationResult(Optional<Reason> failure, String detail, boolean signerFromDss) {}

    PathResult path(X509Certificate target, Collection<X509Certificate> pool, Instant at) {
        for (TrustAnchor a : anchors) {
            if (a.getTrustedCert().equals(target)) {
                return within(List.of(target), at);
            }
        }
        if (anchors.isEmpty()) {
            return new PathResult(List.of(), Optional.of(Reason.NO_CERTIFICATE_CHAIN_FOUND),
                    "No trust anchor was configured");
        }
        Optional<List<X509Certificate>> built = build(target, pool, Optional.of(at));
        if (built.isPresent()) {
            return new PathResult(built.get(), Optional.empty(),
                    "Path of " + built.get().size() + " certificates to trust anchor "
                            + last(built.get()).getSubjectX500Principal().getName());
        }
        Optional<List<X509Certificate>> anyTime = build(target, pool, Optional.empty());
        if (anyTime.isPresent()) {
            return within(anyTime.get(), at);
        }
        return new PathResult(List.of(), Optional.of(Reason.NO_CERTIFICATE_CHAIN_FOUND),
                "No path from " + target.getSubjectX500Principal().getName()
                        + " to a trust anchor");
    }

    private static X509Certificate last(List<X509Certificate> path) {
        return path.get(path.size() - 1);
    }

    private static PathResult within(List<X509Certificate> path, Instant at) {
        for (X509Certificate c : path) {
            Instant from = c.getNotBefore().toInstant();
            Instant to = c.getNotAfter().toInstant();
            if (at.isBefore(from) || at.isAfter(to)) {
                return new PathResult(path, Optional.of(Reason.OUT_OF_BOUNDS),
                        "Certificate " + c.getSubjectX500Principal().getName() + " is valid from "
                                + from + " to " + to + ", not at " + at);
            }
        }
        return new PathResult(path, Optional.empty(), "Trusted certificate, valid at " + at);
    }

    /** Builds at {@code at}; without a time, at a time when the target itself is valid. */
    private Optional<List<X509Certificate>> build(X509Certificate target,
            Collection<X509Certificate> pool, Optional<Instant> at) {
        try {
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, selector);
            params.setRevocationEnabled(false);
            params.setMaxPathLength(8);
            Instant when = at.orElse(target.getNotBefore().toInstant().plusSeconds(60));
            params.setDate(Date.from(when));
            List<X509Certificate> certs = new ArrayList<>(pool);
            certs.add(target);
            params.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(certs)));
            PKIXCertPathBuilderResult result =
                    (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<X509Certificate> path = new ArrayList<>();
            for (var c : result.getCertPath().getCertificates()) {
                path.add((X509Certificate) c);
            }
            path.add(result.getTrustAnchor().getTrustedCert());
            return Optional.of(List.copyOf(path));
        } catch (CertPathBuilderException e) {
            return Optional.empty();
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private enum Status { GOOD, REVOKED, UNKNOWN }

    private record Found(Status status, Optional<Instant> revokedAt, String source,
            Optional<Instant> thisUpdate, Optional<Instant> nextUpdate) {
        Found(Status status, Optional<Instant> revokedAt, String source) {
            this(status, revokedAt, source, Optional.empty(), Optional.empty());
        }

        boolean isFreshAt(Instant poe) {
            return thisUpdate.map(t -> !t.isBefore(poe)).orElse(false)
                    || nextUpdate.map(n -> !poe.isAfter(n)).orElse(false);
        }
    }

    /**
     * Checks every certificate of {@code path} except the trust anchor against {@code dss}
     * (embedded in the PDF's /DSS), {@code cms} (inside the signature) and, when allowed, data
     * fetched online. A certificate revoked at or before {@code poe} fails the path.
     */
    RevocationResult revocation(List<X509Certificate> path, RevocationData dss,
            RevocationData cms, Instant poe) {
        boolean signerFromDss = false;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate cert = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            Found found = status(cert, issuer, dss, "DSS", poe);
            if (found.status == Status.UNKNOWN) {
                found = status(cert, issuer, cms, "CMS", poe);
            }
            if (found.status == Status.UNKNOWN && online.isPresent()) {
                found = status(cert, issuer, fetch(cert, issuer), "online", poe);
            }
            String name = cert.getSubjectX500Principal().getName();
            if (found.status == Status.UNKNOWN) {
                return new RevocationResult(Optional.of(Reason.REVOCATION_UNKNOWN),
                        "No usable OCSP response or CRL for " + name + " that is fresh at " + poe
                                + (online.isPresent() ? "" : " (online checking is off)"),
                        false);
            }
            if (found.status == Status.REVOKED) {
                Instant when = found.revokedAt.orElse(Instant.EPOCH);
                if (!when.isAfter(poe)) {
                    return new RevocationResult(Optional.of(Reason.REVOKED),
                            name + " was revoked at " + when + " (" + found.source
                                    + "), not after the signing time " + poe, false);
                }
                notes.add(name + " revoked at " + when + ", after the proven signing time");
            } else {
                notes.add(name + " not revoked (" + found.source + ")");
            }
            if (i == 0 && found.source.equals("DSS")) {
                signerFromDss = true;
            }
        }
        return new RevocationResult(Optional.empty(), String.join("; ", notes), signerFromDss);
    }

    private RevocationData fetch(X509Certificate cert, X509Certificate issuer) {
        RevocationData data = new RevocationData();
        try {
            ValidationData fetched = online.orElseThrow().fetch(cert, issuer);
            data.certificates.addAll(fetched.certificates());
            fetched.ocspResponses().forEach(data::addOcsp);
            fetched.crls().forEach(data::addCrl);
        } catch (RuntimeException e) {
            // Unreachable responder: the status stays unknown, reported as REVOCATION_UNKNOWN.
        }
        return data;
    }

    /**
     * A revocation in any verified response wins; "good" counts only from a response that is
     * fresh at {@code poe}: issued after it, or still current then (before its next update).
     * An old "good" answer replayed after the key was revoked therefore proves nothing.
     */
    private Found status(X509Certificate cert, X509Certificate issuer, RevocationData data,
            String source, Instant poe) {
        Found best = new Found(Status.UNKNOWN, Optional.empty(), source);
        List<Found> found = new ArrayList<>();
        for (BasicOCSPResp ocsp : data.ocsps) {
            found.add(ocspStatus(cert, issuer, ocsp, data, source));
        }
        for (X509CRL crl : data.crls) {
            found.add(crlStatus(cert, issuer, crl, source));
        }
        for (Found f : found) {
            if (f.status == Status.REVOKED) {
                return f;
            }
            if (f.status == Status.GOOD && f.isFreshAt(poe)) {
                best = f;
            }
        }
        return best;
    }

    private static Found ocspStatus(X509Certificate cert, X509Certificate issuer,
            BasicOCSPResp ocsp, RevocationData data, String source) {
        Found unknown = new Found(Status.UNKNOWN, Optional.empty(), source);
        try {
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp single : ocsp.getResponses()) {
                if (!single.getCertID().getSerialNumber().equals(cert.getSerialNumber())
                        || !single.getCertID().matchesIssuer(issuerHolder,
                                new JcaDigestCalculatorProviderBuilder().build())) {
                    continue;
                }
                if (!signedByAuthorisedResponder(ocsp, issuer, data)) {
                    return unknown;
                }
                CertificateStatus status = single.getCertStatus();
                if (status == CertificateStatus.GOOD) {
                    return new Found(Status.GOOD, Optional.empty(), source,
                            Optional.ofNullable(single.getThisUpdate()).map(Date::toInstant),
                            Optional.ofNullable(single.getNextUpdate()).map(Date::toInstant));
                }
                if (status instanceof RevokedStatus) {
                    return new Found(Status.REVOKED, Optional.of(
                            ((RevokedStatus) status).getRevocationTime().toInstant()), source);
                }
                return unknown;
            }
        } catch (Exception e) {
            return unknown;
        }
        return unknown;
    }

    /** RFC 6960 §4.2.2.2: the issuer itself, or a certificate it issued for OCSP signing. */
    private static boolean signedByAuthorisedResponder(BasicOCSPResp ocsp,
            X509Certificate issuer, RevocationData data) throws Exception {
        List<X509Certificate> candidates = new ArrayList<>();
        candidates.add(issuer);
        for (X509CertificateHolder h : ocsp.getCerts()) {
            candidates.add(new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .getCertificate(h));
        }
        candidates.addAll(data.certificates);
        for (X509Certificate c : candidates) {
            boolean valid;
            try {
                valid = ocsp.isSignatureValid(
                        new JcaContentVerifierProviderBuilder().setProvider(BC).build(c));
            } catch (Exception e) {
                valid = false;
            }
            if (!valid) {
                continue;
            }
            if (c.equals(issuer)) {
                return true;
            }
            List<String> eku = c.getExtendedKeyUsage();
            if (eku != null && eku.contains(OCSP_SIGNING)
                    && c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                try {
                    c.verify(issuer.getPublicKey());
                    return true;
                } catch (Exception e) {
                    continue;
                }
            }
        }
        return false;
    }

    private static Found crlStatus(X509Certificate cert, X509Certificate issuer, X509CRL crl,
            String source) {
        Found unknown = new Found(Status.UNKNOWN, Optional.empty(), source);
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return unknown;
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (Exception e) {
            return unknown;
        }
        X509CRLEntry entry = crl.getRevokedCertificate(cert);
        if (entry != null) {
            return new Found(Status.REVOKED,
                    Optional.of(entry.getRevocationDate().toInstant()), source);
        }
        return new Found(Status.GOOD, Optional.empty(), source,
                Optional.of(crl.getThisUpdate().toInstant()),
                Optional.ofNullable(crl.getNextUpdate()).map(Date::toInstant));
    }
}
