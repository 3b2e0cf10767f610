package org.gradientlab.app.lesson;

/**
 * Which part of one training step a network diagram shows, for "Step phase": any lesson whose
 * update is a forward pass, a cost, a backward pass and the update itself.
 */
public enum PassPhase {
    /** Everything: the values of the forward and the backward pass (Step and Play show this). */
    ALL("Forward and backward"),
    /** The inputs flow left to right: every z and a, then yhat. */
    FORWARD("1 · Forward pass"),
    /** The cost compares yhat with y. */
    COST("2 · Cost"),
    /** The error flows right to left: every delta and the gradients. */
    BACKWARD("3 · Backward pass"),
    /** The parameters move against their gradients. */
    UPDATE("4 · Update");

    private final String title;

    PassPhase(String title) {
        this.title = title;
    }

    /** What the phase banner says. */
    public String title() {
        return title;
    }

    /** The phase after this one when stepping by phase. */
    public PassPhase next() {
        return switch (this) {
            case ALL, UPDATE -> FORWARD;
            case FORWARD -> COST;
            case COST -> BACKWARD;
            case BACKWARD -> UPDATE;
        };
    }

    /** Whether the cost is shown. */
    public boolean showsCost() {
        return this != FORWARD;
    }

    /** Whether delta and the gradients are shown. */
    public boolean showsBackward() {
        return this == ALL || this == BACKWARD || this == UPDATE;
    }
}
