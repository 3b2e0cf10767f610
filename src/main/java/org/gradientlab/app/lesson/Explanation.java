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
}
