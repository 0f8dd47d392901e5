// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.PadesLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Files with each widget the only kid of its field, with no /Parent, the seal placeholder already
 * of the seal's size (as vanban's PDF renderer laid them out before it merged widget and field).
 */
class SeparateWidgetsTest {
    private final Fixtures fx = Fixtures.get();
    static final float SEAL = 36 * 72f / 25.4f;
    /** Not where the signer would put the seal by itself (right edge a third into vanban_signer). */
    static final float SEAL_X = 250;
    static final float SEAL_Y = 300;

    private Path letter() {
        return fx.letter((doc, page, form, font) -> {
            separate(doc, page, form, new PDTextField(form), "so", new PDRectangle(400, 100, 60, 20));
            separate(doc, page, form, new PDSignatureField(form), "vanban_signer",
                    new PDRectangle(360, 225, 120, 65));
            separate(doc, page, form, new PDSignatureField(form), "vanban_seal",
                    new PDRectangle(SEAL_X, SEAL_Y, SEAL, SEAL));
        });
    }

    private static void separate(PDDocument doc, PDPage page, PDAcroForm form, PDTerminalField field,
            String name, PDRectangle rect) throws IOException {
        field.setPartialName(name);
        if (field instanceof PDTextField text) {
            text.setDefaultAppearance("/Helv 12 Tf 0 g");
        }
        COSDictionary dictionary = field.getCOSObject();
        dictionary.removeItem(COSName.TYPE);
        dictionary.removeItem(COSName.SUBTYPE);
        dictionary.removeItem(COSName.F);
        PDAnnotationWidget widget = new PDAnnotationWidget();
        field.setWidgets(List.of(widget));
        widget.getCOSObject().removeItem(COSName.PARENT);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        widget.setAppearance(appearance(doc, rect, ""));
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle rect, String text)
            throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        if (!text.isEmpty()) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.addRect(1, 1, 5, 5);
                cs.fill();
            }
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        return ap;
    }

    private byte[] leaderSigned() {
        return Attacks.read(fx.sign(letter(), fx.pki.leader(), "vanban_signer",
                Appearance.signature(Fixtures.png(false)), PadesLevel.B_B));
    }

    /** Redraws the widget of "so"; with {@code value}, also gives the field that value. */
    private static byte[] redrawSo(byte[] pdf, boolean value) {
        return Attacks.incremental(pdf, doc -> {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDTextField so = (PDTextField) form.getField("so");
            PDAnnotationWidget widget = so.getWidgets().get(0);
            widget.setAppearance(appearance(doc, widget.getRectangle(), "15"));
            Attacks.touch(widget.getCOSObject());
            if (value) {
                so.getCOSObject().setString(COSName.V, "15");
                Attacks.touch(so.getCOSObject());
            }
        });
    }

    @Nested
    class filled_and_sealed_after_the_first_signature {
        @Test
        void is_valid_with_every_later_revision_permitted() {
            byte[] filled = redrawSo(leaderSigned(), true);
            Path sealed = fx.sign(Attacks.write(fx.file("filled.pdf"), filled), fx.pki.organisation(),
                    "vanban_seal", Appearance.seal(Fixtures.png(true), 36), PadesLevel.B_B);

            VerificationReport report = fx.verifier().verify(Attacks.read(sealed));

            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.forbiddenChanges()).isEmpty();
            assertThat(report.changes()).extracting(Change::kind)
                    .contains(ChangeKind.FORM_FIELD_FILLED, ChangeKind.SIGNATURE_ADDED);
        }

        @Test
        void keeps_the_seal_placeholder_where_it_is() throws IOException {
            Path sealed = fx.sign(Attacks.write(fx.file("approved.pdf"), leaderSigned()), fx.pki.organisation(),
                    "vanban_seal", Appearance.seal(Fixtures.png(true), 36), PadesLevel.B_B);

            try (PDDocument doc = Loader.loadPDF(sealed.toFile())) {
                PDRectangle rect = doc.getDocumentCatalog().getAcroForm().getField("vanban_seal")
                        .getWidgets().get(0).getRectangle();
                assertThat(rect.getLowerLeftX()).isCloseTo(SEAL_X, within(0.001f));
                assertThat(rect.getLowerLeftY()).isCloseTo(SEAL_Y, within(0.001f));
                assertThat(rect.getWidth()).isCloseTo(SEAL, within(0.001f));
            }
        }
    }

    @Nested
    class a_widget_redrawn_without_a_new_value {
        @Test
        void is_a_forbidden_change_naming_the_field() {
            VerificationReport report = fx.verifier().verify(redrawSo(leaderSigned(), false));

            assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
            assertThat(report.forbiddenChanges()).extracting(Change::detail)
                    .contains("The widget of field 'so' changed without a new value");
        }
    }
}
