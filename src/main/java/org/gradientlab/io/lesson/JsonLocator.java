package org.gradientlab.io.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds where a value sits in a JSON text, so an error found in the tree (which keeps no positions)
 * can name the line and column as a syntax error does.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /** Where the value at the JSON pointer starts, or null when the text holds no such value. */
    static JsonLocation locate(byte[] content, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        try (JsonParser parser = LessonFiles.FACTORY.createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // An object or array has opened its own context already: its path is its parent's.
                JsonPointer here = token.isStructStart()
                        ? parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                if (here.equals(target)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException alreadyParsed) {
            // The text parsed once as a tree; if it does not now, the error goes without a position.
        }
        return null;
    }
}
