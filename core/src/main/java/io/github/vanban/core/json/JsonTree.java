// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value tree that remembers where each value and field name starts, read with Jackson's
 * streaming parser (Jackson's own tree model keeps no locations). Not API.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private JsonTree() {}

    /** A position in the input, 1-based. */
    record Location(int line, int column) {
        static Location of(JsonLocation location) {
            return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    /** A JSON value with the location of its first character. */
    sealed interface Node permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {
        Location location();

        /** Returns the JSON kind for messages: "an object", "a string" …. */
        default String kind() {
            if (this instanceof ObjectNode) {
                return "an object";
            } else if (this instanceof ArrayNode) {
                return "an array";
            } else if (this instanceof StringNode) {
                return "a string";
            } else if (this instanceof NumberNode) {
                return "a number";
            } else if (this instanceof BooleanNode) {
                return "a boolean";
            } else if (this instanceof NullNode) {
                return "null";
            }
            throw new AssertionError(this);
        }
    }

    /** A field of an object: its name's location and its value. */
    record Field(String name, Location nameLocation, Node value) {}

    record ObjectNode(Location location, Map<String, Field> fields) implements Node {}

    record ArrayNode(Location location, List<Node> items) implements Node {}

    record StringNode(Location location, String value) implements Node {}

    /** A number as written, and whether it was written as an integer. */
    record NumberNode(Location location, String text, boolean integral) implements Node {}

    record BooleanNode(Location location, boolean value) implements Node {}

    record NullNode(Location location) implements Node {}

    /**
     * Reads one JSON value. Duplicate field names are problems (the first value wins); syntax
     * errors throw at once.
     *
     * @param in the UTF-8 input (a byte-order mark is skipped), not closed
     * @param source the source name for messages
     * @param problems where duplicate fields are reported
     * @return the root value
     * @throws DocumentParseException on malformed JSON
     * @throws UncheckedIOException when reading fails
     */
    static Node read(InputStream in, String source, List<ParseProblem> problems) {
        // Jackson counts columns in bytes on a byte stream; on a Reader it counts characters,
        // which is what an author sees in an editor for Vietnamese text.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        JsonParser parser = null;
        try {
            PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
            int first = reader.read();
            if (first != -1 && first != BYTE_ORDER_MARK) {
                reader.unread(first);
            }
            parser = FACTORY.createParser(reader);
            if (parser.nextToken() == null) {
                throw new DocumentParseException(source, List.of(new ParseProblem("", 1, 1,
                        "the input is empty; expected a JSON object")));
            }
            Node root = readValue(parser, "", problems);
            if (parser.nextToken() != null) {
                Location at = Location.of(parser.currentTokenLocation());
                throw new DocumentParseException(source, List.of(new ParseProblem("", at.line(), at.column(),
                        "malformed JSON: unexpected content after the document's closing bracket")));
            }
            return root;
        } catch (JsonProcessingException e) {
            Location at = Location.of(e.getLocation() == null ? JsonLocation.NA : e.getLocation());
            throw new DocumentParseException(source,
                    new ParseProblem("", at.line(), at.column(), "malformed JSON: " + firstLine(e.getOriginalMessage())),
                    e);
        } catch (CharacterCodingException e) {
            Location at = parser == null ? new Location(1, 1) : Location.of(parser.currentLocation());
            throw new DocumentParseException(source,
                    new ParseProblem("", at.line(), at.column(), "the input is not valid UTF-8 near this position"),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + source, e);
        } finally {
            if (parser != null) {
                closeQuietly(parser);
            }
        }
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // Only the parser's own buffers are released; the caller's stream stays open.
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Node readValue(JsonParser parser, String pointer, List<ParseProblem> problems)
            throws IOException {
        Location at = Location.of(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Location nameAt = Location.of(parser.currentTokenLocation());
                    String child = pointer + "/" + escape(name);
                    parser.nextToken();
                    Node value = readValue(parser, child, problems);
                    if (fields.containsKey(name)) {
                        problems.add(new ParseProblem(child, nameAt.line(), nameAt.column(),
                                "duplicate field \"" + name + "\"; give each field once"));
                    } else {
                        fields.put(name, new Field(name, nameAt, value));
                    }
                }
                return new ObjectNode(at, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, pointer + "/" + items.size(), problems));
                }
                return new ArrayNode(at, items);
            }
            case VALUE_STRING:
                return new StringNode(at, parser.getText());
            case VALUE_NUMBER_INT:
                return new NumberNode(at, parser.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new NumberNode(at, parser.getText(), false);
            case VALUE_TRUE:
                return new BooleanNode(at, true);
            case VALUE_FALSE:
                return new BooleanNode(at, false);
            case VALUE_NULL:
                return new NullNode(at);
            default:
                throw new AssertionError("unexpected token " + token);
        }
    }

    /**
     * Escapes a field name for a JSON pointer (RFC 6901): "~" as "~0", "/" as "~1".
     *
     * @param name a field name
     * @return the escaped reference token
     */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
