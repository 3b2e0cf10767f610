package org.gradientlab.app.network.model;

/** Which part of one training step the diagram shows, for "Step phase". */
public enum Phase {
    /** Everything: the values of the forward and the backward pass (Step and Play show this). */
    ALL("Forward and backward"),
    /** x flows left to right: z1, a1, z2, yhat. */
    FORWARD("1 · Forward pass"),
    /** The cost compares yhat with y. */
    COST("2 · Cost"),
    /** The error flows right to left: delta2, delta1 and the gradients. */
    BACKWARD("3 · Backward pass"),
    /** The parameters move against their gradients. */
    UPDATE("4 · Update");

    private final String title;

    Phase(String title) {
        this.title = title;
    }

    /** What the phase banner says. */
    public String title() {
        return title;
    }

    /** The phase after this one when stepping by phase. */
    public Phase next() {
        return switch (this) {
            case ALL, UPDATE -> FORWARD;
            case FORWARD -> COST;
            case COST -> BACKWARD;
            case BACKWARD -> UPDATE;
        };
    }

    /** Whether the forward values (z, a) are shown. */
    public boolean showsForward() {
        return true;
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
