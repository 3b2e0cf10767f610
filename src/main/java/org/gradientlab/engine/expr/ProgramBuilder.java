package org.gradientlab.engine.expr;

import java.util.Arrays;

/**
 * Collects a {@link Program} in postfix order while the parser reads, folding every w-free
 * operation into one constant as it is emitted. A folded constant is computed by the same
 * {@link ProgramEvaluator} code that would have run it, so folding never changes a bit.
 */
final class ProgramBuilder {

    private final boolean folding;
    private int[] code = new int[16];
    private int codeLength;
    /** The constant of each CONST instruction, in the order of the instructions. */
    private double[] constants = new double[8];
    private int constantCount;
    /** Where the code of each operand now on the evaluation stack starts. */
    private int[] operandStarts = new int[16];
    private int operandCount;

    /** @param folding whether to fold w-free operations into constants */
    ProgramBuilder(boolean folding) {
        this.folding = folding;
    }

    /** Emits a number, pi or e. */
    void constant(double value) {
        startOperand();
        if (constantCount == constants.length) {
            constants = Arrays.copyOf(constants, constantCount * 2);
        }
        constants[constantCount] = value;
        append(Opcodes.constant(constantCount));
        constantCount++;
    }

    /** Emits the variable w, or w1 (0) or w2 (1) in two variables. */
    void variable(int index) {
        startOperand();
        append(index == 0 ? Opcodes.W : Opcodes.W2);
    }

    /** Emits an operation on the last one or two operands (see {@link Opcodes#arity(int)}). */
    void operation(int opcode) {
        int arity = Opcodes.arity(opcode);
        if (arity < 1 || arity > operandCount) {
            throw new IllegalStateException("opcode " + opcode + " with " + operandCount + " operands");
        }
        operandCount -= arity - 1;
        int start = operandStarts[operandCount - 1];
        if (folding && isConstantsOnly(start, arity)) {
            double folded = evaluateTail(start, opcode);
            codeLength = start;
            constantCount -= arity;
            operandCount--;
            constant(folded);
        } else {
            append(opcode);
        }
    }

    /** The finished program; the builder must hold exactly one operand. */
    Program build() {
        if (operandCount != 1) {
            throw new IllegalStateException(operandCount + " operands left");
        }
        return new Program(Arrays.copyOf(code, codeLength), Arrays.copyOf(constants, constantCount));
    }

    /** Whether the code from start on is exactly {@code count} constants, one per operand. */
    private boolean isConstantsOnly(int start, int count) {
        if (codeLength - start != count) {
            return false;
        }
        for (int i = start; i < codeLength; i++) {
            if (Opcodes.opcode(code[i]) != Opcodes.CONST) {
                return false;
            }
        }
        return true;
    }

    /** Runs the constants from start on, then the operation, exactly as an evaluator would. */
    private double evaluateTail(int start, int opcode) {
        int arity = codeLength - start;
        int[] tail = new int[arity + 1];
        for (int k = 0; k < arity; k++) {
            tail[k] = Opcodes.constant(k);
        }
        tail[arity] = opcode;
        double[] operands = Arrays.copyOfRange(constants, constantCount - arity, constantCount);
        ProgramEvaluator evaluator = new ProgramEvaluator(new Program(tail, operands));
        evaluator.evaluate(0.0);
        return evaluator.value();
    }

    private void startOperand() {
        if (operandCount == operandStarts.length) {
            operandStarts = Arrays.copyOf(operandStarts, operandCount * 2);
        }
        operandStarts[operandCount++] = codeLength;
    }

    private void append(int instruction) {
        if (codeLength == code.length) {
            code = Arrays.copyOf(code, codeLength * 2);
        }
        code[codeLength++] = instruction;
    }
}
