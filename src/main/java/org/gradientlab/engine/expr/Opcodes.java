package org.gradientlab.engine.expr;

import java.util.Map;

/**
 * The instructions of a compiled {@link Program}, as plain ints so the evaluator's loop is one
 * {@code switch} over an {@code int[]}. An instruction is an opcode in the low byte; a
 * {@link #CONST} keeps the index of its value in the constant table in the bits above.
 */
final class Opcodes {

    /** Pushes a constant: value from the table, derivative 0. */
    static final int CONST = 0;
    /** Pushes w (w1 in two variables): value w, derivative the seed of w (1 for f'(w)). */
    static final int W = 1;

    static final int ADD = 2;
    static final int SUBTRACT = 3;
    static final int MULTIPLY = 4;
    static final int DIVIDE = 5;
    static final int POWER = 6;

    static final int NEGATE = 7;
    static final int SIN = 8;
    static final int COS = 9;
    static final int TAN = 10;
    static final int EXP = 11;
    static final int LOG = 12;
    static final int SQRT = 13;
    static final int ABS = 14;
    static final int TANH = 15;
    static final int SIGMOID = 16;

    /** Pushes w2 (two variables only): value w2, derivative the seed of w2. */
    static final int W2 = 17;

    private static final int OPCODE_BITS = 8;
    private static final int OPCODE_MASK = (1 << OPCODE_BITS) - 1;

    /** The function names of SPEC section 1, case-sensitive. */
    private static final Map<String, Integer> FUNCTIONS = Map.of(
            "sin", SIN, "cos", COS, "tan", TAN, "exp", EXP, "log", LOG,
            "sqrt", SQRT, "abs", ABS, "tanh", TANH, "sigmoid", SIGMOID);

    private Opcodes() {
    }

    /** The opcode of a function name, or -1 when the name is not a function. */
    static int function(String name) {
        return FUNCTIONS.getOrDefault(name, -1);
    }

    /** The instruction that pushes constant number {@code index} of the table. */
    static int constant(int index) {
        return index << OPCODE_BITS;
    }

    /** The opcode part of an instruction. */
    static int opcode(int instruction) {
        return instruction & OPCODE_MASK;
    }

    /** The constant-table index of a {@link #CONST} instruction. */
    static int constantIndex(int instruction) {
        return instruction >>> OPCODE_BITS;
    }

    /** How many operands an operation pops: 0 for CONST, W and W2, 2 for ADD to POWER, else 1. */
    static int arity(int opcode) {
        if (opcode == CONST || opcode == W || opcode == W2) {
            return 0;
        }
        return opcode <= POWER ? 2 : 1;
    }
}
