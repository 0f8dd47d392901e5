// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.FieldLocator;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.PngImage;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.SigningKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban sign IN.pdf OUT.pdf --keystore K.p12|--pkcs11 CFG [--alias A] --password-env VAR
 * --level B-B|B-T|B-LT|B-LTA [--tsa URL] [--field NAME] [--image sig.png | --seal seal.png
 * [--seal-mm 36] | --attachment-stamp NUMBER/SYMBOL | --copy-stamp FORM --copier BODY] [--text]}:
 * adds a PAdES signature as an incremental update.
 *
 * <p>Without {@code --field} the first empty signature field in document order is signed (the
 * renderer emits {@code vanban_signer} then {@code vanban_seal}), or an invisible field is added
 * when none is left. {@code --image} draws the person's signature (Decree 30/2020/NĐ-CP Appendix I
 * II.7.d), {@code --seal} the organisation's seal over the left third of {@code vanban_signer}
 * (II.8.a); {@code --text} adds the name and signing time under it. The password or PIN is read
 * from the environment variable named by {@code --password-env}, never from the command line.
 *
 * <p>{@code --attachment-stamp} and {@code --copy-stamp} sign the body's text-only stamp at the
 * top right of page 1 (ô 14; forms 2.2 and 3.2, see {@link StampOptions}). Without {@code
 * --field} they sign {@code vanban_corner}, the field a document rendered with {@code
 * cornerSignature} carries; a PDF without it is refused rather than stamped in another field, and
 * {@code --field vanban_corner} then adds the field at the top right of page 1.
 *
 * <p>Exit codes: 0 signed; 2 bad usage, an unreadable input, a key that cannot be opened, or a
 * file that cannot be signed (the message says why). The input is never modified.
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Sign a PDF with a PAdES baseline signature (B-B to B-LTA), visible as the person's "
                + "signature image, the organisation's seal or the organisation's text stamp at the top right "
                + "of page 1 (an attachment in a separate file, or an electronic copy), or invisible.",
        footer = {"",
            "A stamp (--attachment-stamp, --copy-stamp) goes in vanban_corner when --field is not given; a PDF "
                + "without that field is refused (render it with \"cornerSignature\": true, or give --field "
                + "vanban_corner to add the field at the top right of page 1).",
            "The password or PIN comes from the environment variable named by --password-env.",
            "",
            "Examples:",
            "  vanban sign letter.pdf signed.pdf --keystore leader.p12 --password-env PW \\",
            "      --level B-T --tsa URL --image sig.png",
            "  vanban sign appendix.pdf signed.pdf --keystore org.p12 --password-env PW \\",
            "      --level B-LT --tsa URL --attachment-stamp 15/QĐ-UBND",
            "  vanban sign copy.pdf signed.pdf --keystore org.p12 --password-env PW \\",
            "      --level B-LT --tsa URL \\",
            "      --copy-stamp \"SAO Y\" --copier \"Văn phòng Ủy ban nhân dân tỉnh Lai Châu\"",
            "",
            "Exit codes: 0 signed, 2 bad usage, unreadable input, or a file or key that cannot be used."})
public final class SignCommand implements Callable<Integer> {
    private static final String NAME = "vanban sign";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "The PDF to sign (not modified).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT.pdf", description = "Where the signed PDF goes.")
    private Path output;

    @Mixin
    private KeyOptions key = new KeyOptions();

    @Mixin
    private LevelOptions levels = new LevelOptions();

    @Mixin
    private AppearanceOptions look = new AppearanceOptions();

    @Mixin
    private StampOptions stamp = new StampOptions();

    @Option(names = "--field", paramLabel = "NAME",
            description = "The signature field to sign, e.g. vanban_signer; default: the first empty one, "
                    + "or vanban_corner for a stamp.")
    private @Nullable String field;

    /** Creates the command; picocli calls this. */
    public SignCommand() {}

    /**
     * Signs the file.
     *
     * @return {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandException.guard(NAME, err, this::sign);
    }

    private int sign() {
        PrintWriter out = spec.commandLine().getOut();
        CommandFiles.requireInputAndOutput(input, output);
        PadesLevel level = levels.required("missing --level: B-B, B-T, B-LT or B-LTA");
        stamp.check(look, field);
        look.check();
        FieldLocator locator = locator();
        SigningKey signingKey = key.open();
        PadesSigner signer = levels.configure(PadesSigner.builder().key(signingKey), level).build();
        SignRequest request = SignRequest.builder()
                .level(level)
                .field(locator)
                .appearance(stamp.appearance().orElseGet(() -> look.appearance(signingKey)))
                .build();
        SignResult result = signer.sign(input, output, request);
        out.println("Signed " + result.fieldName() + " at " + LevelOptions.label(result.level()) + " by "
                + KeyOptions.displayName(signingKey, false) + ", " + TIME.format(result.signingTime()) + ": " + output);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * The field named by {@code --field}; else, for a stamp, {@code vanban_corner}, which must
     * exist (a stamp in the first empty field would land in the person's {@code vanban_signer});
     * else the first empty field.
     */
    private FieldLocator locator() {
        String fieldName = field;
        if (fieldName != null) {
            return FieldLocator.named(fieldName);
        }
        if (!stamp.isPresent()) {
            return FieldLocator.firstEmpty();
        }
        stamp.missingField(input).ifPresent(problem -> {
            throw new CommandException(problem);
        });
        return FieldLocator.named(StampOptions.FIELD);
    }

    /** What the signature shows: the person's signature image, the seal, or nothing. */
    static final class AppearanceOptions {
        /** One image at most. */
        static final class Image {
            @Option(names = "--image", paramLabel = "sig.png",
                    description = "The person's handwritten signature (transparent PNG), drawn in the field.")
            @Nullable Path signature;

            @Option(names = "--seal", paramLabel = "seal.png",
                    description = "The organisation's seal (transparent PNG), over the left third of vanban_signer.")
            @Nullable Path seal;
        }

        /** The seal size when none is given, a common diameter of Vietnamese office seals. */
        static final double DEFAULT_SEAL_MM = 36;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        @Nullable Image image;

        @Option(names = "--seal-mm", paramLabel = "MM",
                description = "The seal's physical width in mm (default: 36).")
        @Nullable Double sealMm;

        @Option(names = "--text", description = "Print the signer's name and the signing time under the image.")
        boolean text;

        @Nullable Path signature() {
            return image == null ? null : image.signature;
        }

        @Nullable Path seal() {
            return image == null ? null : image.seal;
        }

        /** Rejects options that only make sense with another one. */
        void check() {
            if (sealMm != null && seal() == null) {
                throw new CommandException("--seal-mm needs --seal seal.png");
            }
            if (text && signature() == null && seal() == null) {
                throw new CommandException("--text needs --image or --seal: an invisible signature shows no text");
            }
        }

        /** Tells whether a seal image was given. */
        boolean hasSeal() {
            return seal() != null;
        }

        Appearance appearance(SigningKey key) {
            Path sig = signature();
            Path sealImage = seal();
            if (sig != null) {
                Appearance.SignatureImage a = Appearance.signature(png("--image", sig));
                return text ? a.withText(KeyOptions.displayName(key, false)) : a;
            }
            if (sealImage != null) {
                Double mm = sealMm;
                Appearance.Seal a = Appearance.seal(png("--seal", sealImage), mm == null ? DEFAULT_SEAL_MM : mm);
                return text ? a.withText(KeyOptions.displayName(key, true)) : a;
            }
            return Appearance.invisible();
        }

        private static PngImage png(String option, Path file) {
            CommandFiles.unreadable(file).ifPresent(problem -> {
                throw new CommandException(option + ": " + problem);
            });
            try {
                return PngImage.read(file);
            } catch (IllegalArgumentException e) {
                throw new CommandException(option + " " + file + ": " + e.getMessage());
            }
        }
    }
}
