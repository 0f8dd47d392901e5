// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An organisation's own DOCX styles applied to documents rendered by core's DOCX renderer: the
 * organisation supplies a DOCX (its letterhead template) whose {@code word/styles.xml} defines
 * some of the renderer's named styles ({@code VBBody}, {@code VBCoQuan}, {@code VBLienHe} …, listed
 * in the module README) and may set document defaults (fonts, language); each such style replaces
 * the built-in one of the same id, the defaults replace the built-in defaults, and the
 * organisation's other styles are added. Nothing else in the rendered document changes.
 *
 * <p>The decree fixes fonts and sizes (Appendix I), so a letterhead can make a document fail the
 * layout checks: validate the result as you would any DOCX. Immutable and thread-safe.
 */
public final class Letterhead {
    private static final String STYLES = "word/styles.xml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final byte[] styles;
    private final String source;

    private Letterhead(byte[] styles, String source) {
        this.styles = styles;
        this.source = source;
    }

    /**
     * Reads the styles of an organisation's DOCX template; the file is only read.
     *
     * @param docx the template (.docx or .dotx)
     * @return the letterhead
     * @throws TemplateException if the file is not a DOCX or has no {@code word/styles.xml}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Letterhead read(Path docx) {
        try (InputStream in = Files.newInputStream(docx)) {
            Map<String, byte[]> parts = unzip(in, docx.toString());
            byte[] styles = parts.get(STYLES);
            if (styles == null) {
                throw new TemplateException(docx + ": no " + STYLES + "; is it a DOCX letterhead template?");
            }
            parse(styles, docx + "!" + STYLES);
            return new Letterhead(styles, docx.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letterhead " + docx, e);
        }
    }

    /**
     * Returns a copy of a rendered DOCX with this letterhead's styles merged in.
     *
     * @param renderedDocx a DOCX from {@code DocxRenderer}
     * @return the new DOCX
     * @throws TemplateException if the input is not a DOCX with styles
     */
    public byte[] apply(byte[] renderedDocx) {
        Objects.requireNonNull(renderedDocx, "renderedDocx");
        try {
            Map<String, byte[]> parts = unzip(new ByteArrayInputStream(renderedDocx), "the rendered DOCX");
            byte[] own = parts.get(STYLES);
            if (own == null) {
                throw new TemplateException("the rendered DOCX has no " + STYLES);
            }
            parts.put(STYLES, merge(own));
            ByteArrayOutputStream out = new ByteArrayOutputStream(renderedDocx.length + styles.length);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    entry.setTime(0L); // deterministic output
                    zip.putNextEntry(entry);
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the rendered DOCX", e);
        }
    }

    /**
     * Writes a copy of a rendered DOCX file with this letterhead's styles to {@code target},
     * through a temporary file so that no half-written target is left; {@code source} is only
     * read.
     *
     * @param source the rendered DOCX
     * @param target the new file; must differ from {@code source}
     * @throws IllegalArgumentException if both paths name the same file
     * @throws TemplateException if the source is not a DOCX with styles
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public void apply(Path source, Path target) {
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("target must differ from source, was " + target);
        }
        try {
            byte[] merged = apply(Files.readAllBytes(source));
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".letterhead", ".docx");
            try {
                Files.write(tmp, merged);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private byte[] merge(byte[] own) {
        Document ours = parse(own, "the rendered DOCX's " + STYLES);
        Document theirs = parse(styles, source + "!" + STYLES);
        Element root = ours.getDocumentElement();
        Map<String, Element> byId = new LinkedHashMap<>();
        NodeList ourStyles = root.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < ourStyles.getLength(); i++) {
            Element s = (Element) ourStyles.item(i);
            byId.put(s.getAttributeNS(W, "styleId"), s);
        }
        Optional<Element> theirDefaults = child(theirs.getDocumentElement(), "docDefaults");
        if (theirDefaults.isPresent()) {
            Node imported = ours.importNode(theirDefaults.get(), true);
            Optional<Element> ourDefaults = child(root, "docDefaults");
            if (ourDefaults.isPresent()) {
                root.replaceChild(imported, ourDefaults.get());
            } else {
                root.insertBefore(imported, root.getFirstChild());
            }
        }
        NodeList theirStyles = theirs.getDocumentElement().getElementsByTagNameNS(W, "style");
        for (int i = 0; i < theirStyles.getLength(); i++) {
            Element s = (Element) theirStyles.item(i);
            Node imported = ours.importNode(s, true);
            Element replaced = byId.get(s.getAttributeNS(W, "styleId"));
            if (replaced != null) {
                root.replaceChild(imported, replaced);
            } else {
                root.appendChild(imported);
            }
        }
        return serialise(ours);
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Map<String, byte[]> unzip(InputStream in, String what) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        if (parts.isEmpty()) {
            throw new TemplateException(what + " is not a DOCX (no ZIP entries)");
        }
        return parts;
    }

    private static Document parse(byte[] xml, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            Document d = b.parse(new ByteArrayInputStream(xml));
            Element root = d.getDocumentElement();
            if (!W.equals(root.getNamespaceURI()) || !"styles".equals(root.getLocalName())) {
                throw new TemplateException(what + ": the root element is " + root.getTagName() + ", not w:styles");
            }
            return d;
        } catch (SAXException e) {
            throw new TemplateException(what + ": malformed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks secure processing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] serialise(Document d) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(w));
            return w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise merged styles", e);
        }
    }
}
