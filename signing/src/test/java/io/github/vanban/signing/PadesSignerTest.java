// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.Qpdf;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.VeraPdf;
import io.github.vanban.signing.testing.AppearanceText;
import io.github.vanban.signing.testing.LoopbackTsa;
import io.github.vanban.signing.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PadesSignerTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    @Nested
    class at_every_level {
        @ParameterizedTest
        @EnumSource(PadesLevel.class)
        void the_leader_signature_passes_dss_pdfsig_and_verapdf(PadesLevel level, @TempDir Path dir) {
            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path output = dir.resolve("signed.pdf");
            SignResult result = FIX.signer(FIX.pki().leader()).sign(input, output,
                    SignRequest.builder().level(level).fieldName("vanban_signer")
                            .appearance(Appearance.signature(TestImages.blueSignature())).build());

            assertThat(result.fieldName()).isEqualTo("vanban_signer");
            DssOracle.Result dss = DssOracle.validate(output, FIX.pki(),
                    level.includes(PadesLevel.B_LT) ? DssOracle.Revocation.OFFLINE
                            : DssOracle.Revocation.LOOPBACK);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).as(dss.summary())
                    .isEqualTo(SignatureLevel.valueOf("PAdES_BASELINE_" + level.name().substring(2)));
            assertThat(dss.disallowedModifications()).as("DSS and time-stamp revisions are extensions")
                    .isEmpty();
            List<Pdfsig.Signature> sigs = Pdfsig.check(output, FIX.nssDatabase());
            assertThat(sigs).isNotEmpty();
            assertThat(sigs.get(0).isValid()).as(sigs.get(0).text()).isTrue();
            // B-LT appends the DSS after the signature, so only B-B, B-T and the B-LTA document
            // time-stamp reach the end of the file.
            assertThat(sigs.get(sigs.size() - 1).coversWholeDocument()).as(sigs.toString())
                    .isEqualTo(level != PadesLevel.B_LT);
            assertThat(VeraPdf.pdfA2bFailures(output)).isEmpty();
            assertThat(Qpdf.problems(output)).isEmpty();
        }
    }

    static DssOracle.Result validate(Path pdf, PadesLevel level) {
        return DssOracle.validate(pdf, FIX.pki(), level.includes(PadesLevel.B_LT)
                ? DssOracle.Revocation.OFFLINE : DssOracle.Revocation.LOOPBACK);
    }

    static void assertPassed(Path pdf, PadesLevel level, SignatureLevel expected) {
        DssOracle.Result dss = validate(pdf, level);
        for (String id : dss.signatureIds()) {
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).as(dss.summary()).isEqualTo(expected);
        }
        assertThat(dss.signatureIds()).isNotEmpty();
    }

    @Nested
    class when_extending_a_signed_file {
        @Test
        void goes_from_b_b_to_b_lta_one_level_at_a_time_without_touching_earlier_revisions(
                @TempDir Path dir) throws Exception {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path bb = dir.resolve("bb.pdf");
            FIX.signer(FIX.pki().leader()).sign(appendix, bb, SignRequest.builder().build());
            PadesSigner extender = FIX.signerBuilder().build();
            Path bt = dir.resolve("bt.pdf");
            extender.extend(bb, bt, PadesLevel.B_T);
            assertPassed(bt, PadesLevel.B_T, SignatureLevel.PAdES_BASELINE_T);
            Path blt = dir.resolve("blt.pdf");
            extender.extend(bt, blt, PadesLevel.B_LT);
            assertPassed(blt, PadesLevel.B_LT, SignatureLevel.PAdES_BASELINE_LT);
            Path blta = dir.resolve("blta.pdf");
            extender.extend(blt, blta, PadesLevel.B_LTA);
            assertPassed(blta, PadesLevel.B_LTA, SignatureLevel.PAdES_BASELINE_LTA);
            Path renewed = dir.resolve("renewed.pdf");
            extender.extend(blta, renewed, PadesLevel.B_LTA);
            assertPassed(renewed, PadesLevel.B_LTA, SignatureLevel.PAdES_BASELINE_LTA);
            assertThat(validate(renewed, PadesLevel.B_LTA).disallowedModifications()).isEmpty();

            for (Path[] pair : new Path[][] {{bb, bt}, {bt, blt}, {blt, blta}, {blta, renewed}}) {
                byte[] before = Files.readAllBytes(pair[0]);
                byte[] after = Files.readAllBytes(pair[1]);
                assertThat(Arrays.copyOf(after, before.length)).as(pair[1].getFileName() + " appends")
                        .isEqualTo(before);
                assertThat(after.length).isGreaterThan(before.length);
            }
            try (PDDocument doc = Loader.loadPDF(renewed.toFile())) {
                assertThat(doc.getSignatureDictionaries()).extracting(PDSignature::getSubFilter)
                        .containsExactly("ETSI.CAdES.detached", "ETSI.RFC3161", "ETSI.RFC3161",
                                "ETSI.RFC3161");
            }
            assertThat(VeraPdf.pdfA2bFailures(renewed)).isEmpty();
        }

        @Test
        void refuses_b_b_as_a_target_and_unsigned_files(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            PadesSigner extender = FIX.signerBuilder().build();
            assertThatThrownBy(() -> extender.extend(appendix, dir.resolve("o.pdf"), PadesLevel.B_B))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target must be B_T or higher, was B_B");
            assertThatThrownBy(() -> extender.extend(appendix, dir.resolve("o.pdf"), PadesLevel.B_LT))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Cannot extend " + appendix + ": it has no signature");
        }
    }

    @Nested
    class with_each_signature_scheme {
        @ParameterizedTest
        @EnumSource(SignatureScheme.class)
        void dss_accepts_the_b_b_signature(SignatureScheme scheme, @TempDir Path dir) {
            TestPki.Identity who;
            if (scheme == SignatureScheme.ECDSA_SHA384) {
                who = FIX.issueEcSigner("CN=Phạm Văn Đức,O=" + TestPki.ORGANISATION + ",C=VN", "secp384r1");
            } else if (scheme.keyAlgorithm().equals("EC")) {
                who = FIX.pki().ecSigner();
            } else {
                who = FIX.pki().leader();
            }
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            FIX.signer(who).sign(appendix, out, SignRequest.builder().scheme(scheme).build());
            assertPassed(out, PadesLevel.B_B, SignatureLevel.PAdES_BASELINE_B);
        }
    }

    @Nested
    class with_a_weak_key {
        @Test
        void refuses_rsa_below_2048_bits_before_writing_anything(@TempDir Path dir) {
            TestPki.Identity weak = FIX.pki().issueSigner(
                    "CN=Đỗ Văn Yếu,O=" + TestPki.ORGANISATION + ",C=VN", 1024);
            Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            assertThatThrownBy(() -> FIX.signer(weak).sign(input, dir.resolve("o.pdf"),
                    SignRequest.builder().build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("The RSA key of " + weak.certificate().getSubjectX500Principal()
                            + " has 1024 bits; at least 2048 are required");
        }
    }

    @Nested
    class the_displayed_time {
        @Test
        void equals_the_signature_dictionary_time_and_the_tsa_time_to_the_second(@TempDir Path dir)
                throws Exception {
            Instant fixed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
            Clock clock = Clock.fixed(fixed, ZoneOffset.UTC);
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), clock, LoopbackTsa.Behaviour.NORMAL)) {
                PadesSigner signer = PadesSigner.builder().key(FIX.key(FIX.pki().leader()))
                        .timestampSource(TsaClient.of(tsa.url())).clock(clock).build();
                Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
                Path out = dir.resolve("signed.pdf");
                signer.sign(input, out, SignRequest.builder().level(PadesLevel.B_T)
                        .fieldName("vanban_signer")
                        .appearance(Appearance.signature(TestImages.blueSignature())
                                .withText("Sở Khoa học và Công nghệ tỉnh Lai Châu"))
                        .build());

                String shown = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx")
                        .format(fixed.atOffset(ZoneOffset.ofHours(7)));
                assertThat(AppearanceText.of(out, "vanban_signer"))
                        .containsExactly("Sở Khoa học và Công nghệ tỉnh Lai Châu", shown);
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    PDSignature sig = doc.getSignatureDictionaries().get(0);
                    assertThat(sig.getSignDate().toInstant()).isEqualTo(fixed);
                    assertThat(sig.getCOSObject().getString(org.apache.pdfbox.cos.COSName.M))
                            .endsWith("+07'00'");
                    SignerInformation signerInfo = new CMSSignedData(sig.getContents())
                            .getSignerInfos().iterator().next();
                    assertThat(signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime))
                            .as("no CMS signing-time").isNull();
                    TimeStampToken token = new TimeStampToken(new CMSSignedData(signerInfo
                            .getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                            .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                    assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(fixed);
                }
            }
        }

        @Test
        void refuses_a_tsa_time_far_from_the_signing_time(@TempDir Path dir) {
            Clock late = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), late, LoopbackTsa.Behaviour.NORMAL)) {
                PadesSigner signer = PadesSigner.builder().key(FIX.key(FIX.pki().leader()))
                        .timestampSource(TsaClient.of(tsa.url())).build();
                Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
                Path out = dir.resolve("signed.pdf");
                assertThatThrownBy(() -> signer.sign(input, out,
                        SignRequest.builder().level(PadesLevel.B_T).build()))
                        .isInstanceOf(TimestampException.class)
                        .hasMessageContaining("is not within PT10M after the signing time");
                assertThat(out).doesNotExist();
            }
        }
    }

    @Nested
    class with_validation_data_supplied_by_the_caller {
        @Test
        void builds_b_lt_without_fetching_revocation_data(@TempDir Path dir) {
            TestPki pki = FIX.pki();
            ValidationData data = FIX.online().fetch(pki.leader().certificate(), pki.intermediate().certificate())
                    .merge(FIX.online().fetch(pki.intermediate().certificate(), pki.root().certificate()))
                    .merge(FIX.online().fetch(pki.tsa().certificate(), pki.intermediate().certificate()));
            PadesSigner offline = PadesSigner.builder().key(FIX.key(pki.leader()))
                    .timestampSource(FIX.tsaClient())
                    .validationDataSource(ValidationDataSource.offline(data)).build();
            Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            offline.sign(input, out, SignRequest.builder().level(PadesLevel.B_LT).build());
            assertPassed(out, PadesLevel.B_LT, SignatureLevel.PAdES_BASELINE_LT);
        }
    }

    @Nested
    class with_a_revoked_certificate {
        @Test
        void refuses_to_build_b_lt_and_leaves_no_output(@TempDir Path dir) throws Exception {
            TestPki.Identity revoked = FIX.issueSigner(
                    "CN=Lê Văn Thu Hồi,O=" + TestPki.ORGANISATION + ",C=VN");
            FIX.revoke(revoked.certificate());
            Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            assertThatThrownBy(() -> FIX.signer(revoked).sign(input, out,
                    SignRequest.builder().level(PadesLevel.B_LT).build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessageContaining("CN=Lê Văn Thu Hồi")
                    .hasMessageContaining("is revoked since");
            assertThat(out).doesNotExist();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("appendix.pdf");
            }
        }
    }

    @Nested
    class the_contents_placeholder {
        @Test
        void holds_an_rsa_b_b_signature_with_exactly_512_bytes_to_spare(@TempDir Path dir)
                throws Exception {
            Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            FIX.signer(FIX.pki().leader()).sign(input, out, SignRequest.builder().build());

            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                PDSignature sig = doc.getSignatureDictionaries().get(0);
                int[] range = sig.getByteRange();
                int capacity = (range[2] - range[1] - 2) / 2;
                int used = new org.bouncycastle.asn1.ASN1InputStream(sig.getContents()).readObject()
                        .getEncoded("DER").length;
                // Every reserved byte costs two hex digits written by PDFBox one at a time.
                assertThat(capacity).isEqualTo(used + 512);
            }
        }
    }

    @Nested
    class one_signer_instance {
        record Case(TestPki.Identity who, SignatureScheme scheme) {}

        @Test
        void prepares_for_several_chains_and_schemes_in_turn_each_with_its_own_signer_data(
                @TempDir Path dir) throws Exception {
            TestPki pki = FIX.pki();
            List<Case> cases = List.of(new Case(pki.leader(), SignatureScheme.RSA_SHA256),
                    new Case(pki.organisation(), SignatureScheme.RSA_SHA256),
                    new Case(pki.leader(), SignatureScheme.RSA_PSS_SHA384),
                    new Case(pki.ecSigner(), SignatureScheme.ECDSA_SHA256),
                    new Case(pki.leader(), SignatureScheme.RSA_SHA256));
            PadesSigner signer = FIX.signerBuilder().build();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Path input = TestPdfs.appendix(dir.resolve("appendix-" + i + ".pdf"));
                Path prepared = dir.resolve("prepared-" + i + ".pdf");
                Path out = dir.resolve("signed-" + i + ".pdf");
                PendingSignature pending = signer.prepare(input, prepared,
                        SignRequest.builder().scheme(c.scheme()).build(), c.who().chain());
                byte[] value = FIX.key(c.who()).sign(pending.dataToBeSigned(), c.scheme());
                signer.complete(prepared, pending, value, out);

                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    PDSignature sig = doc.getSignatureDictionaries().get(0);
                    CMSSignedData cms = new CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(
                            sig.getSignedContent(Files.readAllBytes(out))), sig.getContents());
                    SignerInformation info = cms.getSignerInfos().iterator().next();
                    var holder = new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(
                            c.who().certificate());
                    assertThat(info.getSID().match(holder)).as("case %d", i).isTrue();
                    assertThat(info.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder()
                            .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                            .build(holder))).isTrue();
                    assertThat(cms.getCertificates().getMatches(null)).hasSize(c.who().chain().size());
                    var ess = org.bouncycastle.asn1.ess.SigningCertificateV2.getInstance(
                            info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                                    .getAttrValues().getObjectAt(0));
                    assertThat(ess.getCerts()[0].getCertHash()).isEqualTo(java.security.MessageDigest
                            .getInstance(c.scheme().digestAlgorithm())
                            .digest(c.who().certificate().getEncoded()));
                }
            }
        }
    }
}
