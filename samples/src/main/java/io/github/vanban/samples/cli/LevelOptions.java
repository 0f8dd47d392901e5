// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The PAdES level and the time-stamp authority, shared by {@code sign}, {@code issue} and {@code
 * extend}: B-T and above need {@code --tsa}; B-LT and above fetch OCSP responses and CRLs online
 * from the certificates' AIA and CRL distribution points.
 */
final class LevelOptions {
    /** How long an OCSP or CRL download may take. */
    static final Duration REVOCATION_TIMEOUT = Duration.ofSeconds(10);

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "The PAdES baseline level: B-B, B-T, B-LT or B-LTA.")
    @Nullable PadesLevel level;

    @Option(names = "--tsa", paramLabel = "URL", converter = HttpUrlConverter.class,
            description = "The RFC 3161 time-stamp authority, needed from B-T.")
    @Nullable URI tsa;

    /**
     * Returns the level given, checking that a TSA is given when the level needs one.
     *
     * @param missing the message when --level is absent, e.g. "missing --level: B-B, …"
     * @return the level
     * @throws CommandException if --level is absent, or the level needs a TSA and none is given
     */
    PadesLevel required(String missing) {
        PadesLevel chosen = level;
        if (chosen == null) {
            throw new CommandException(missing);
        }
        if (chosen.includes(PadesLevel.B_T) && tsa == null) {
            throw new CommandException("--level " + label(chosen) + " needs --tsa URL, a time-stamp authority");
        }
        return chosen;
    }

    /**
     * Sets the TSA and the online validation data source the level needs on a signer builder.
     *
     * @param builder the builder
     * @param chosen the level, from {@link #required(String)}
     * @return the builder
     */
    PadesSigner.Builder configure(PadesSigner.Builder builder, PadesLevel chosen) {
        URI url = tsa;
        if (url != null) {
            builder.timestampSource(TsaClient.of(url));
        }
        if (chosen.includes(PadesLevel.B_LT)) {
            builder.validationDataSource(ValidationDataSource.online(REVOCATION_TIMEOUT));
        }
        return builder;
    }

    /**
     * Writes a level as on the command line.
     *
     * @param level the level
     * @return e.g. {@code B-LTA}
     */
    static String label(PadesLevel level) {
        return level.name().replace('_', '-');
    }

    /** Reads B-B, B-T, B-LT, B-LTA (any case, '-' or '_'). */
    static final class LevelConverter implements ITypeConverter<PadesLevel> {
        @Override
        public PadesLevel convert(String value) {
            String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (PadesLevel level : PadesLevel.values()) {
                if (level.name().equals(key)) {
                    return level;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a PAdES level; expected B-B, B-T, B-LT or B-LTA");
        }
    }

    /** Reads an absolute http or https URL. */
    static final class HttpUrlConverter implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                if (uri.getHost() != null && scheme != null
                        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not an http or https URL");
        }
    }
}
