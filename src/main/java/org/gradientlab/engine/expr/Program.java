package org.gradientlab.engine.expr;

import java.util.Arrays;

/**
 * A compiled f(w): instructions in postfix order (see {@link Opcodes}) and their constants.
 * Immutable; the arrays are never handed out, so many evaluators can share one program.
 */
final class Program {

    final int[] code;
    final double[] constants;
    /** The deepest the operand stack gets while running the code. */
    final int maxStackDepth;
    /** Whether some instruction pushes w (w1 in two variables). */
    final boolean usesW;
    /** Whether some instruction pushes w2. */
    final boolean usesW2;

    Program(int[] code, double[] constants) {
        this.code = code.clone();
        this.constants = constants.clone();
        int depth = 0;
        int deepest = 0;
        boolean sawW = false;
        boolean sawW2 = false;
        for (int instruction : this.code) {
            int opcode = Opcodes.opcode(instruction);
            sawW |= opcode == Opcodes.W;
            sawW2 |= opcode == Opcodes.W2;
            // every operation pushes one result after popping its operands
            depth += 1 - Opcodes.arity(opcode);
            if (depth < 1) {
                throw new IllegalArgumentException("operand stack underflow in " + Arrays.toString(code));
            }
            deepest = Math.max(deepest, depth);
        }
        if (depth != 1) {
            throw new IllegalArgumentException("program leaves " + depth + " values: " + Arrays.toString(code));
        }
        this.maxStackDepth = deepest;
        this.usesW = sawW;
        this.usesW2 = sawW2;
    }

    /** How many instructions the program runs. */
    int length() {
        return code.length;
    }
}
