package org.gradientlab.engine.expr;

import java.util.Arrays;
import org.gradientlab.engine.expr.Token.Kind;

/**
 * Reads the grammar of SPEC section 1 and emits postfix code into a {@link ProgramBuilder}.
 *
 * <p>It is an operator-precedence parser with its own stack instead of the call stack, so no
 * nesting depth (a thousand parentheses, ten thousand minus signs) can overflow the thread's
 * stack. It accepts exactly the grammar, with these binding strengths:
 * <pre>
 *   + -  binary   1, left-associative      (expr)
 *   * /  binary   2, left-associative      (term)
 *   + -  prefix   3                        (unary: -w^2 = -(w^2), -2*3 = (-2)*3)
 *   ^    binary   4, right-associative     (power: 2^3^2 = 2^9, 2^-1 = 0.5)
 * </pre>
 * A prefix sign may stand wherever an operand may, as {@code unary} may in the grammar.
 */
final class Parser {

    /** Stands on the pending stack for a '(' that opens a group, not a function call. */
    private static final int GROUP = -1;

    private final Lexer lexer;
    private final ProgramBuilder builder;
    /** Whether the variables are w1 and w2 (or x and y), SPEC section 6, instead of w. */
    private final boolean twoVariables;
    /** Operators and open parentheses waiting for their operands; see {@link #openMarker}. */
    private int[] pending = new int[16];
    private int pendingCount;
    private int openCount;

    private Parser(String source, boolean folding, boolean twoVariables) {
        this.lexer = new Lexer(source);
        this.builder = new ProgramBuilder(folding);
        this.twoVariables = twoVariables;
    }

    /** Parses and compiles an f(w); folding turns w-free operations into constants. */
    static Program parse(String source, boolean folding) throws ExpressionException {
        return new Parser(source, folding, false).parse();
    }

    /** Parses and compiles an f(w1, w2) of SPEC section 6 (x and y accepted for w1 and w2). */
    static Program parseTwoVariables(String source, boolean folding) throws ExpressionException {
        return new Parser(source, folding, true).parse();
    }

    private Program parse() throws ExpressionException {
        Token token = lexer.next();
        if (token.kind() == Kind.END) {
            throw new ExpressionException("empty expression", 1);
        }
        while (true) {
            readOperand(token);
            token = lexer.next();
            while (token.kind() == Kind.CLOSE) {
                closeGroup(token);
                token = lexer.next();
            }
            if (token.kind() == Kind.END) {
                if (openCount > 0) {
                    throw new ExpressionException("missing ')'", token.column());
                }
                reduceWhile(0, false);
                return builder.build();
            }
            int opcode = token.binaryOpcode();
            if (opcode < 0) {
                throw new ExpressionException("missing operator before '" + token.text() + "'", token.column());
            }
            boolean rightAssociative = opcode == Opcodes.POWER;
            reduceWhile(strength(opcode), !rightAssociative);
            push(opcode);
            token = lexer.next();
        }
    }

    /** Reads prefix signs and opening parentheses up to and including one operand. */
    private void readOperand(Token first) throws ExpressionException {
        Token token = first;
        while (true) {
            switch (token.kind()) {
                case NUMBER -> {
                    builder.constant(token.number());
                    return;
                }
                case NAME -> {
                    if (readName(token)) {
                        return;
                    }
                }
                case MINUS -> push(Opcodes.NEGATE);
                case PLUS -> {
                    // a prefix '+' changes nothing
                }
                case OPEN -> push(openMarker(GROUP));
                case END -> throw new ExpressionException("unexpected end of input", token.column());
                default -> throw new ExpressionException("unexpected '" + token.text() + "'", token.column());
            }
            token = lexer.next();
        }
    }

    /** Emits a variable, pi or e and returns true, or opens a function call and returns false. */
    private boolean readName(Token name) throws ExpressionException {
        int variable = variable(name.text());
        if (variable >= 0) {
            builder.variable(variable);
            return true;
        }
        switch (name.text()) {
            case "pi" -> builder.constant(Math.PI);
            case "e" -> builder.constant(Math.E);
            default -> {
                int function = Opcodes.function(name.text());
                boolean called = lexer.nextCharIs('(');
                if (function < 0) {
                    String what = called ? "unknown function '" : "unknown name '";
                    throw new ExpressionException(what + name.text() + "'", name.column());
                }
                if (!called) {
                    throw new ExpressionException("'" + name.text() + "' needs '('", lexer.nextColumn());
                }
                lexer.next();
                push(openMarker(function));
                return false;
            }
        }
        return true;
    }

    /** 0 for w (w1 or x in two variables), 1 for w2 or y in two variables, -1 for any other name. */
    private int variable(String name) {
        if (!twoVariables) {
            return name.equals("w") ? 0 : -1;
        }
        return switch (name) {
            case "w1", "x" -> 0;
            case "w2", "y" -> 1;
            default -> -1;
        };
    }

    /** Completes the group or call that a ')' closes. */
    private void closeGroup(Token close) throws ExpressionException {
        if (openCount == 0) {
            throw new ExpressionException("unexpected ')'", close.column());
        }
        reduceWhile(0, false);
        int function = -2 - pending[--pendingCount];
        openCount--;
        if (function != GROUP) {
            builder.operation(function);
        }
    }

    /**
     * Emits the pending operators, down to the nearest open parenthesis, that bind more
     * strongly than {@code strength} (or as strongly, when the new operator is left-associative).
     */
    private void reduceWhile(int strength, boolean orEqual) {
        while (pendingCount > 0 && pending[pendingCount - 1] >= 0) {
            int top = pending[pendingCount - 1];
            int topStrength = strength(top);
            if (topStrength < strength || (topStrength == strength && !orEqual)) {
                return;
            }
            pendingCount--;
            builder.operation(top);
        }
    }

    private static int strength(int opcode) {
        return switch (opcode) {
            case Opcodes.ADD, Opcodes.SUBTRACT -> 1;
            case Opcodes.MULTIPLY, Opcodes.DIVIDE -> 2;
            case Opcodes.NEGATE -> 3;
            case Opcodes.POWER -> 4;
            default -> throw new IllegalArgumentException("not an operator: " + opcode);
        };
    }

    /** An open parenthesis on the pending stack: negative, and it remembers the function it calls. */
    private int openMarker(int functionOrGroup) {
        openCount++;
        return -2 - functionOrGroup;
    }

    private void push(int entry) {
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = entry;
    }
}
