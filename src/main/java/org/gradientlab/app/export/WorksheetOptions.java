package org.gradientlab.app.export;

/**
 * What the worksheet dialog asks.
 *
 * @param steps       how many steps, 1 to 50
 * @param blanks      answers shown as blanks for students, with an answer key
 * @param separateKey the answer key in its own file rather than at the end
 */
public record WorksheetOptions(int steps, boolean blanks, boolean separateKey) {

    /** The dialog's first choice: five steps with every number filled in. */
    public static final WorksheetOptions DEFAULT = new WorksheetOptions(5, false, false);
}
