// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.SignatureScheme;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestPki;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CmsTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    static TestPki.Identity identityFor(SignatureScheme scheme) {
        if (scheme == SignatureScheme.ECDSA_SHA384) {
            return FIX.issueEcSigner("CN=Phạm Văn Đức,O=" + TestPki.ORGANISATION + ",C=VN",
                    "secp384r1");
        }
        return scheme.keyAlgorithm().equals("EC") ? FIX.pki().ecSigner() : FIX.pki().leader();
    }

    static byte[] sign(TestPki.Identity who, SignatureScheme scheme, byte[] data) throws Exception {
        Signature signature = Signature.getInstance(scheme.jcaName());
        signature.initSign(who.keyPair().getPrivate());
        if (scheme.parameters().isPresent()) {
            signature.setParameter(scheme.parameters().get());
        }
        signature.update(data);
        return signature.sign();
    }

    @Nested
    class the_signer_parts {
        @ParameterizedTest
        @EnumSource(SignatureScheme.class)
        void build_a_cms_that_bouncy_castle_verifies_and_that_fits_the_bound(SignatureScheme scheme)
                throws Exception {
            TestPki.Identity who = identityFor(scheme);
            Cms.SignerParts parts = Cms.SignerParts.of(who.chain(), scheme);
            byte[] digest = MessageDigest.getInstance(scheme.digestAlgorithm()).digest(new byte[] {1});
            byte[] attributes = parts.signedAttributes(digest);
            // ECDSA values vary in length (leading zeros of r and s): try several.
            int runs = scheme.keyAlgorithm().equals("EC") ? 40 : 1;
            List<Integer> lengths = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                byte[] cms = parts.assemble(attributes, sign(who, scheme, attributes), Optional.empty());
                lengths.add(cms.length);
                SignerInformation signer = new CMSSignedData(
                        new CMSProcessableByteArray(new byte[] {1}), cms).getSignerInfos()
                        .getSigners().iterator().next();
                assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                        .setProvider(new BouncyCastleProvider())
                        .build(new JcaX509CertificateHolder(who.certificate())))).isTrue();
                assertThat(signer.getContentDigest()).isEqualTo(digest);
            }
            assertThat(lengths).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(parts.maxLength()));
            if (scheme.keyAlgorithm().equals("RSA")) {
                assertThat(lengths).containsOnly(parts.maxLength());
            } else {
                // The bound allows a leading zero on r and s plus one length byte: 4 at most.
                assertThat(parts.maxLength() - lengths.stream().mapToInt(n -> n).max().orElseThrow())
                        .isBetween(0, 4);
            }
        }

        @Test
        void carry_the_whole_chain_and_the_signer_certificate_hash() throws Exception {
            TestPki.Identity who = FIX.pki().leader();
            Cms.SignerParts parts = Cms.SignerParts.of(who.chain(), SignatureScheme.RSA_SHA256);
            byte[] attributes = parts.signedAttributes(new byte[32]);
            CMSSignedData cms = new CMSSignedData(parts.assemble(attributes,
                    sign(who, SignatureScheme.RSA_SHA256, attributes), Optional.empty()));

            assertThat(cms.getCertificates().getMatches(null)).hasSize(who.chain().size());
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(who.certificate().getEncoded());
            org.bouncycastle.asn1.ess.SigningCertificateV2 essV2 =
                    org.bouncycastle.asn1.ess.SigningCertificateV2.getInstance(
                            cms.getSignerInfos().getSigners().iterator().next().getSignedAttributes()
                                    .get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers
                                            .id_aa_signingCertificateV2)
                                    .getAttrValues().getObjectAt(0));
            assertThat(essV2.getCerts()[0].getCertHash()).isEqualTo(expected);
        }

        @Test
        void say_which_chain_and_scheme_they_were_built_for() {
            List<java.security.cert.X509Certificate> chain = FIX.pki().leader().chain();
            Cms.SignerParts parts = Cms.SignerParts.of(chain, SignatureScheme.RSA_SHA256);

            assertThat(parts.isFor(chain, SignatureScheme.RSA_SHA256)).isTrue();
            assertThat(parts.isFor(new ArrayList<>(chain), SignatureScheme.RSA_SHA256)).isTrue();
            assertThat(parts.isFor(chain, SignatureScheme.RSA_PSS_SHA256)).isFalse();
            assertThat(parts.isFor(FIX.pki().organisation().chain(), SignatureScheme.RSA_SHA256))
                    .isFalse();
            assertThat(parts.signerCertificate()).isEqualTo(chain.get(0));
        }

        @Test
        void refuse_an_empty_chain() {
            assertThatThrownBy(() -> Cms.SignerParts.of(List.of(), SignatureScheme.RSA_SHA256))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("chain must not be empty");
        }
    }
}
