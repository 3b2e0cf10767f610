package org.gradientlab;

/** Entry point of the runnable jar: a plain class, so the fat jar can start JavaFX. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
