package org.gradientlab.engine.expr;

import org.gradientlab.engine.expr.Token.Kind;

/**
 * Splits a typed f(w) into tokens, one at a time, so errors come in the order they are typed.
 * Columns are 1-based and count the {@code char}s of the text, as a text field's caret does.
 *
 * <p>A number is {@code digits ['.' digits] [('e'|'E') ['+'|'-'] digits]} or {@code '.' digits}.
 * The exponent is read only when a digit follows the 'e' (after an optional sign), so in
 * {@code 2e} or {@code 2exp(w)} the number is {@code 2} and the name that follows is left to
 * the parser, which reports the missing operator.
 */
final class Lexer {

    private final String source;
    private int position;

    Lexer(String source) {
        this.source = source;
    }

    /** The 1-based column just past the last character, where "end of input" is reported. */
    int endColumn() {
        return source.length() + 1;
    }

    /** Skips white space and tells whether the next character is {@code c}, without reading it. */
    boolean nextCharIs(char c) {
        skipWhiteSpace();
        return position < source.length() && source.charAt(position) == c;
    }

    /** The 1-based column of the next non-space character (or of the end). */
    int nextColumn() {
        skipWhiteSpace();
        return position + 1;
    }

    /** Reads the next token; the last one is {@link Kind#END}, returned again if asked. */
    Token next() throws ExpressionException {
        skipWhiteSpace();
        int start = position;
        if (start == source.length()) {
            return new Token(Kind.END, "", start + 1, 0);
        }
        char c = source.charAt(start);
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            position++;
            while (position < source.length() && isNamePart(source.charAt(position))) {
                position++;
            }
            return new Token(Kind.NAME, source.substring(start, position), start + 1, 0);
        }
        Kind kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.TIMES;
            case '/' -> Kind.DIVIDE;
            case '^' -> Kind.POWER;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            default -> throw new ExpressionException("unexpected " + describe(source.codePointAt(start)), start + 1);
        };
        position++;
        return new Token(kind, String.valueOf(c), start + 1, 0);
    }

    private Token number() throws ExpressionException {
        int start = position;
        skipDigits();
        if (at(position) == '.') {
            position++;
            if (!isDigit(at(position))) {
                throw new ExpressionException("expected a digit after '.'", position + 1);
            }
            skipDigits();
        }
        char afterE = at(position + 1);
        boolean signed = afterE == '+' || afterE == '-';
        if ((at(position) == 'e' || at(position) == 'E') && isDigit(at(position + (signed ? 2 : 1)))) {
            position += signed ? 2 : 1;
            skipDigits();
        }
        String text = source.substring(start, position);
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new ExpressionException("number too large", start + 1);
        }
        return new Token(Kind.NUMBER, text, start + 1, value);
    }

    /** The character at index i, or 0 past the end. */
    private char at(int i) {
        return i < source.length() ? source.charAt(i) : 0;
    }

    private void skipDigits() {
        while (isDigit(at(position))) {
            position++;
        }
    }

    private void skipWhiteSpace() {
        while (position < source.length() && isSpace(source.charAt(position))) {
            position++;
        }
    }

    private static boolean isSpace(char c) {
        // isSpaceChar adds the no-break spaces that text pasted from the web carries
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A character as a person can read it in a message: quoted, or its code if invisible. */
    private static String describe(int codePoint) {
        int type = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint) || type == Character.UNASSIGNED
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE;
        if (invisible) {
            return String.format("character U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
