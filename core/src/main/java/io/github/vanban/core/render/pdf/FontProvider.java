// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.internal.TextMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The four faces of the document font that the PDF renderer measures with and subset-embeds.
 *
 * <p>{@link #liberationSerif()} is the default: Liberation Serif 2.00 from the Maven artefact
 * {@code com.github.librepdf:openpdf-fonts-extra}, which has the advance widths of Times New Roman
 * and every Vietnamese letter. It is licensed under the SIL Open Font License 1.1; the licence
 * travels with this library as {@code META-INF/LICENSE-LiberationFonts}. Subset embedding in a PDF
 * is permitted by the OFL and does not put the PDF under it. {@link #fromDirectory(Path)} and
 * {@link #fromFiles(Path, Path, Path, Path)} use TrueType files the user supplies, typically Times
 * New Roman ({@code times.ttf}, {@code timesbd.ttf}, {@code timesi.ttf}, {@code timesbi.ttf});
 * {@link #systemTimesNewRoman()} looks for them in the usual system font directories.
 *
 * <p>Instances are immutable and thread-safe. The font files are read into memory once; parsed
 * fonts are pooled, so concurrent renderings never share a parser while each reuses a parsed font
 * when one is free.
 */
public final class FontProvider {
    private static final String[] LIBERATION = {
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
        "liberation/LiberationSerif-BoldItalic.ttf",
    };

    /** Times New Roman file names per face, as Windows and the msttcorefonts package ship them. */
    private static final List<List<String>> TIMES_NAMES = List.of(
            List.of("times.ttf", "times new roman.ttf", "timesnewroman.ttf", "times_new_roman.ttf"),
            List.of("timesbd.ttf", "times new roman bold.ttf", "timesnewroman-bold.ttf", "times_new_roman_bold.ttf"),
            List.of("timesi.ttf", "times new roman italic.ttf", "timesnewroman-italic.ttf", "times_new_roman_italic.ttf"),
            List.of("timesbi.ttf", "times new roman bold italic.ttf", "timesnewroman-bolditalic.ttf",
                    "times_new_roman_bold_italic.ttf"));

    private static final class Default {
        static final FontProvider INSTANCE = loadLiberation();
    }

    private final String family;
    private final Map<FontStyle, byte[]> data;
    private final Map<FontStyle, ConcurrentLinkedQueue<TrueTypeFont>> pool;
    private final TextMetrics metrics;

    private FontProvider(String family, Map<FontStyle, byte[]> data) {
        this.family = family;
        this.data = data;
        this.pool = new EnumMap<>(FontStyle.class);
        Map<FontStyle, TrueTypeFont> parsed = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            pool.put(style, new ConcurrentLinkedQueue<>());
            parsed.put(style, parse(style));
        }
        this.metrics = TextMetrics.of(parsed);
        parsed.forEach((style, font) -> pool.get(style).add(font));
    }

    /**
     * Returns the bundled Liberation Serif family (SIL OFL 1.1), metric-compatible with Times New
     * Roman.
     *
     * @return the shared provider
     */
    public static FontProvider liberationSerif() {
        return Default.INSTANCE;
    }

    /**
     * Uses four TrueType files, one per face.
     *
     * @param regular the upright regular face
     * @param bold the upright bold face
     * @param italic the italic face
     * @param boldItalic the bold italic face
     * @return the provider
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalArgumentException if a file is not a TrueType font
     */
    public static FontProvider fromFiles(Path regular, Path bold, Path italic, Path boldItalic) {
        Path[] paths = {
            Objects.requireNonNull(regular, "regular"), Objects.requireNonNull(bold, "bold"),
            Objects.requireNonNull(italic, "italic"), Objects.requireNonNull(boldItalic, "boldItalic")
        };
        Map<FontStyle, byte[]> data = new EnumMap<>(FontStyle.class);
        FontStyle[] styles = FontStyle.values();
        for (int i = 0; i < styles.length; i++) {
            try {
                data.put(styles[i], Files.readAllBytes(paths[i]));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font file " + paths[i], e);
            }
        }
        return new FontProvider(familyOf(data.get(FontStyle.REGULAR), paths[0].toString()), data);
    }

    /**
     * Uses the Times New Roman files in a directory ({@code times.ttf}, {@code timesbd.ttf},
     * {@code timesi.ttf}, {@code timesbi.ttf}; names are matched ignoring case).
     *
     * @param directory the directory holding the four files
     * @return the provider
     * @throws IllegalArgumentException naming the face whose file is missing
     * @throws UncheckedIOException if a file cannot be read
     */
    public static FontProvider fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return findTimes(directory).orElseThrow(() -> new IllegalArgumentException(
                "directory " + directory + " does not hold the four Times New Roman files "
                        + "(times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)"));
    }

    /**
     * Looks for Times New Roman in the usual system font directories (Windows, macOS, and the
     * Debian {@code ttf-mscorefonts-installer} location).
     *
     * @return the provider, empty when the four faces are not all installed
     */
    public static Optional<FontProvider> systemTimesNewRoman() {
        List<Path> dirs = new ArrayList<>();
        Optional.ofNullable(System.getenv("WINDIR")).ifPresent(w -> dirs.add(Path.of(w, "Fonts")));
        dirs.add(Path.of("C:", "Windows", "Fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts/Supplemental"));
        dirs.add(Path.of("/usr/share/fonts/truetype/msttcorefonts"));
        dirs.add(Path.of(System.getProperty("user.home"), ".fonts"));
        for (Path dir : dirs) {
            Optional<FontProvider> found = findTimes(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<FontProvider> findTimes(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list font directory " + directory, e);
        }
        Path[] faces = new Path[4];
        for (int i = 0; i < 4; i++) {
            List<String> names = TIMES_NAMES.get(i);
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (names.contains(name)) {
                    faces[i] = f;
                    break;
                }
            }
            if (faces[i] == null) {
                return Optional.empty();
            }
        }
        return Optional.of(fromFiles(faces[0], faces[1], faces[2], faces[3]));
    }

    private static FontProvider loadLiberation() {
        Map<FontStyle, byte[]> data = new EnumMap<>(FontStyle.class);
        FontStyle[] styles = FontStyle.values();
        for (int i = 0; i < styles.length; i++) {
            try (InputStream in = FontProvider.class.getClassLoader().getResourceAsStream(LIBERATION[i])) {
                if (in == null) {
                    throw new IllegalStateException("font resource " + LIBERATION[i]
                            + " is missing: add com.github.librepdf:openpdf-fonts-extra to the class path");
                }
                data.put(styles[i], in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font resource " + LIBERATION[i], e);
            }
        }
        return new FontProvider("Liberation Serif", data);
    }

    private static String familyOf(byte[] bytes, String source) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            var naming = font.getNaming();
            String name = naming == null ? null : naming.getFontFamily();
            return name == null ? source : name;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a TrueType font: " + source, e);
        }
    }

    private TrueTypeFont parse(FontStyle style) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data.get(style)));
            // Glyph substitution off: text is NFC (precomposed Vietnamese letters need no ccmp), the
            // drawn advances then equal the measured ones, and PDFBox's GSUB pass dominated the
            // rendering time (about 80 % of a two-page letter).
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a TrueType font: " + family + " " + style, e);
        }
    }

    /**
     * Returns the family name, e.g. "Liberation Serif" or "Times New Roman".
     *
     * @return the family name from the regular face's name table
     */
    public String familyName() {
        return family;
    }

    /** The advance widths of these faces; package-private for the layout engine. */
    TextMetrics metrics() {
        return metrics;
    }

    /**
     * Borrows one parsed font per face for one document; give it back with {@link
     * #release(Map)} after the document is saved (subsetting reads the font at save time).
     */
    Map<FontStyle, TrueTypeFont> acquire() {
        Map<FontStyle, TrueTypeFont> fonts = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            TrueTypeFont font = pool.get(style).poll();
            fonts.put(style, font != null ? font : parse(style));
        }
        return fonts;
    }

    /** Returns borrowed fonts to the pool. */
    void release(Map<FontStyle, TrueTypeFont> fonts) {
        fonts.forEach((style, font) -> pool.get(style).offer(font));
    }

    @Override
    public String toString() {
        return "FontProvider[" + family + "]";
    }
}
