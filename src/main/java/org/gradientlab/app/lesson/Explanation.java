package org.gradientlab.app.lesson;

/**
 * The short explanation a lesson shows above itself, in words a student understands: what is on
 * the screen, what to try, and why it behaves so.
 *
 * @param key      the lesson's name in the settings ("descent")
 * @param title    the panel's title
 * @param see      what you see
 * @param tryThis  what to try
 * @param why      why it happens
 */
public record Explanation(String key, String title, String see, String tryThis, String why) {

    /** The Descent lesson. */
    public static final Explanation DESCENT = new Explanation("descent", "About this lesson: gradient descent",
            "The curve is f(w), the thing descent tries to make small. The dot is where you are now. The straight "
                    + "line touching the curve there is the tangent; its slope is f′(w). The arrow shows the next step.",
            "Press Step (or Right) a few times. Then drag the learning rate up and watch it overshoot: the steps "
                    + "jump past the bottom, bounce from side to side, and at last fly off. On the double well, "
                    + "click the chart to start somewhere else and see which valley you end up in.",
            "The slope's sign decides the direction: where the slope is positive, downhill is to the left, so w "
                    + "moves left; where it is negative, w moves right. Each step is the learning rate times the "
                    + "slope, so steps are big where the curve is steep and shrink near the bottom, where it is flat.");

    /** The Network lesson. */
    public static final Explanation NETWORK = new Explanation("network", "About this lesson: backpropagation",
            "One input x goes through two neurons to a prediction ŷ. Each line is a weight: blue when positive, "
                    + "orange when negative, thicker when larger. In a neuron, z = w·x + b is what comes in and "
                    + "a = σ(z) is what goes out.",
            "Press Step phase (P) four times to see one training step in slow motion. Then set w1 to 8: the first "
                    + "neuron saturates (a is nearly 1, so σ′ is nearly 0) and its gradient almost vanishes, so "
                    + "learning stalls.",
            "Forward pass: work out every value from left to right. Cost: how far ŷ is from y. Backward pass: "
                    + "δ2 says how much the cost changes when z2 changes, and δ1 = δ2 · w2 · σ′(z1), so δ1 is δ2 "
                    + "carried back along w2 and is proportional to it. That is why it is called backpropagation. "
                    + "Each weight's gradient is the δ after it times what came into it.");

    /** The Regression lesson. */
    public static final Explanation REGRESSION = new Explanation("regression",
            "About this lesson: fitting a line by gradient descent",
            "The dots are the data and the line h(x) = w0 + w1·x is the model's guess. On the map, every place is "
                    + "one choice of (w0, w1), shaded by how bad that line would be (the loss); the path shows "
                    + "where descent has been.",
            "Click to add points, drag them, right-click to remove them, and watch the bowl move. Switch the "
                    + "reduction from sum to mean. Turn Scale x on: the long narrow valley becomes a round bowl "
                    + "and descent goes straight down it.",
            "Batch gradient descent asks every point which way to move the line, adds up the answers, and takes "
                    + "one step. With sum, twice the data means steps twice as big, so a rate that worked can blow "
                    + "up; mean divides by the number of points, so the rate means the same for any amount of "
                    + "data. Unscaled x makes the valley narrow: the steps zigzag across it and creep along it.");
}
