package org.gradientlab.engine.expr;

/**
 * One token of a typed f(w).
 *
 * @param kind   what the token is
 * @param text   the characters as typed (empty for {@link Kind#END})
 * @param column 1-based column of its first character in the typed text
 * @param number the value of a {@link Kind#NUMBER}, else 0
 */
record Token(Kind kind, String text, int column, double number) {

    /** The kinds of token of SPEC section 1. */
    enum Kind { NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDE, POWER, OPEN, CLOSE, END }

    /** The opcode of a binary operator token, or -1 for any other token. */
    int binaryOpcode() {
        return switch (kind) {
            case PLUS -> Opcodes.ADD;
            case MINUS -> Opcodes.SUBTRACT;
            case TIMES -> Opcodes.MULTIPLY;
            case DIVIDE -> Opcodes.DIVIDE;
            case POWER -> Opcodes.POWER;
            default -> -1;
        };
    }
}
