// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.FieldLocator;
import io.github.vanban.signing.Issuance;
import io.github.vanban.signing.Issuer;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.SigningKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vanban issue IN.pdf OUT.pdf --number 15 --date 2023-04-20 [--keystore K.p12|--pkcs11 CFG
 * --password-env VAR --seal seal.png [--seal-mm 36] --level LEVEL [--tsa URL] [--text]]}: the
 * records office's step of Decree 30/2020/NĐ-CP §10.1 on a PDF the competent person has signed.
 *
 * <p>Fills the number and date fields ({@code vanban_number}, {@code vanban_day}, {@code
 * vanban_month}, {@code vanban_year}) in an incremental update, a form fill that keeps the
 * person's signature valid. With a key and {@code --seal}, it then applies the organisation's
 * signature with the seal into {@code vanban_seal} in the same run; without, the seal can be
 * applied afterwards with {@code vanban sign --seal}.
 *
 * <p>Exit codes: 0 issued; 2 bad usage, an unreadable input, or a file that cannot be issued (no
 * signature yet, fields missing or already filled differently, the page printing another value).
 */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Issue a signed PDF: fill the number and date fields (a permitted form fill) and, "
                + "with the organisation's key and --seal, apply the seal signature into vanban_seal.",
        footer = {"", "Exit codes: 0 issued, 2 bad usage, unreadable input, or a file that cannot be issued."})
public final class IssueCommand implements Callable<Integer> {
    private static final String NAME = "vanban issue";

    /** The seal's signature field the PDF renderer emits. */
    static final String SEAL_FIELD = "vanban_seal";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "The PDF signed by the competent person (not modified).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT.pdf", description = "Where the issued PDF goes.")
    private Path output;

    @Option(names = "--number", paramLabel = "N", required = true,
            description = "The document number within the year (số), 1 or more.")
    private int number;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
            description = "The issue date (ngày ban hành).")
    private LocalDate date;

    @Mixin
    private KeyOptions key = new KeyOptions();

    @Mixin
    private LevelOptions levels = new LevelOptions();

    @Mixin
    private SignCommand.AppearanceOptions look = new SignCommand.AppearanceOptions();

    /** Creates the command; picocli calls this. */
    public IssueCommand() {}

    /**
     * Issues the file.
     *
     * @return {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandException.guard(NAME, err, this::issue);
    }

    private int issue() {
        PrintWriter out = spec.commandLine().getOut();
        CommandFiles.requireInputAndOutput(input, output);
        if (number < 1) {
            throw new CommandException("--number must be 1 or more, was " + number);
        }
        Issuance issuance = new Issuance(number, date);
        if (look.signature() != null) {
            throw new CommandException("--image is the person's signature; issue applies the seal: use --seal seal.png");
        }
        look.check();
        if (!key.isPresent()) {
            if (look.hasSeal() || levels.level != null || levels.tsa != null) {
                throw new CommandException("sealing needs the organisation's key: give --keystore K.p12 or --pkcs11 CFG");
            }
            Issuer.assignNumberAndDate(input, output, issuance);
            out.println("Issued as " + describe(issuance) + ": " + output);
            out.flush();
            return ExitCode.OK;
        }
        if (!look.hasSeal()) {
            throw new CommandException("the organisation's signature needs --seal seal.png (Decree 30/2020/NĐ-CP"
                    + " Appendix I II.8.a)");
        }
        PadesLevel level = levels.required("missing --level for the seal signature: B-B, B-T, B-LT or B-LTA");
        SigningKey sealKey = key.open();
        PadesSigner signer = levels.configure(PadesSigner.builder().key(sealKey), level).build();
        SignRequest request = SignRequest.builder()
                .level(level)
                .field(FieldLocator.named(SEAL_FIELD))
                .appearance(look.appearance(sealKey))
                .build();
        SignResult result = Issuer.of(signer).issue(input, output, issuance, request);
        out.println("Issued as " + describe(issuance) + ", sealed in " + result.fieldName() + " at "
                + LevelOptions.label(result.level()) + " by " + KeyOptions.displayName(sealKey, true) + ", "
                + SignCommand.TIME.format(result.signingTime()) + ": " + output);
        out.flush();
        return ExitCode.OK;
    }

    private static String describe(Issuance issuance) {
        return "số " + issuance.formattedNumber() + ", ngày " + issuance.formattedDay() + " tháng "
                + issuance.formattedMonth() + " năm " + issuance.formattedYear();
    }

    /** Reads an ISO date, 2023-04-20. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2023-04-20");
            }
        }
    }
}
