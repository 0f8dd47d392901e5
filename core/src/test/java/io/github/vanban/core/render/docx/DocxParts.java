// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads parts out of DOCX bytes and pretty-prints them for golden comparison. */
final class DocxParts {
    private DocxParts() {}

    /** Returns the text of a part, e.g. {@code word/document.xml}. */
    static String part(byte[] docx, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no part " + name + " in the package");
    }

    /**
     * Pretty-prints XML with two-space indentation, one element per line, without comments (docx4j
     * stamps its version and the JVM's in one, which would tie goldens to a machine).
     */
    static String pretty(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            strip(d.getDocumentElement());
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toString().replace("\r\n", "\n").strip() + "\n";
        } catch (Exception e) {
            throw new AssertionError("cannot pretty-print XML", e);
        }
    }

    /** Removes comments and white space between elements, which the indentation replaces. */
    private static void strip(Node node) {
        NodeList children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node child = children.item(i);
            boolean blank = child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                    && !"preserve".equals(((Element) node).getAttribute("xml:space"));
            if (child.getNodeType() == Node.COMMENT_NODE || blank) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                strip(child);
            }
        }
    }
}
