// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.TimestampException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/** RFC 3161 requests and token inspection. */
public final class TimeStamps {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeStamps() {}

    /**
     * Requests and checks a token.
     *
     * @param http transport
     * @param url TSA endpoint
     * @param digest message imprint
     * @param digestAlgorithm JCA name of the digest
     * @param policy requested policy OID
     * @return the DER token
     */
    public static byte[] request(Http http, URI url, byte[] digest, String digestAlgorithm,
            Optional<String> policy) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        policy.ifPresent(p -> generator.setReqPolicy(new ASN1ObjectIdentifier(p)));
        BigInteger nonce = new BigInteger(63, RANDOM);
        TimeStampRequest request = generator.generate(digestOid(digestAlgorithm), digest, nonce);
        byte[] answer;
        try {
            answer = http.post(url, "application/timestamp-query", request.getEncoded());
        } catch (IOException e) {
            throw new TimestampException("Time-stamp request to " + url + " failed: "
                    + e.getMessage(), e);
        }
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            if (response.getTimeStampToken() == null) {
                throw new TimestampException("TSA " + url + " refused the request: status "
                        + response.getStatus() + ", " + response.getStatusString()
                        + ", failInfo " + (response.getFailInfo() == null ? "none"
                                : Integer.toString(response.getFailInfo().intValue())));
            }
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            verifyTokenSignature(token, url.toString());
            return token.getEncoded();
        } catch (TSPException | IOException e) {
            throw new TimestampException("TSA " + url + " sent an invalid response: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Parses a token.
     *
     * @param token DER token
     * @param what description for errors
     * @return the parsed token
     */
    public static TimeStampToken parse(byte[] token, String what) {
        try {
            return new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(token));
        } catch (CMSException | TSPException | IOException e) {
            throw new TimestampException(what + " is not an RFC 3161 time-stamp token", e);
        }
    }

    /**
     * Checks the token's signature with the TSA certificate it carries.
     *
     * @param token the token
     * @param where TSA description for errors
     */
    public static void verifyTokenSignature(TimeStampToken token, String where) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches =
                token.getCertificates().getMatches((Selector<X509CertificateHolder>) (Object) token.getSID());
        if (matches.isEmpty()) {
            throw new TimestampException("TSA " + where
                    + " did not include its certificate although certReq was set");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(matches.iterator().next()));
        } catch (TSPException | OperatorCreationException | CertificateException e) {
            throw new TimestampException("TSA " + where + " token signature does not verify: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns the token's generation time.
     *
     * @param token DER token
     * @return genTime
     */
    public static Instant genTime(byte[] token) {
        return parse(token, "token").getTimeStampInfo().getGenTime().toInstant();
    }

    /**
     * Returns the certificates the token carries.
     *
     * @param token parsed token
     * @return JCA certificates
     */
    public static List<X509Certificate> certificates(TimeStampToken token) {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object o : token.getCertificates().getMatches(null)) {
            try {
                out.add(converter.getCertificate((X509CertificateHolder) o));
            } catch (CertificateException e) {
                throw new TimestampException("time-stamp token carries a broken certificate", e);
            }
        }
        return out;
    }

    static ASN1ObjectIdentifier digestOid(String digestAlgorithm) {
        switch (digestAlgorithm) {
            case "SHA-256":
                return NISTObjectIdentifiers.id_sha256;
            case "SHA-384":
                return NISTObjectIdentifiers.id_sha384;
            case "SHA-512":
                return NISTObjectIdentifiers.id_sha512;
            default:
                throw new IllegalArgumentException("digestAlgorithm must be SHA-256, SHA-384 or "
                        + "SHA-512, was '" + digestAlgorithm + "'");
        }
    }
}
