package org.gradientlab.io.lesson;

import java.util.List;

/** The settings that belong to one lesson; the lesson's name is also the JSON field that holds them. */
public sealed interface LessonSettings permits DescentLesson, NetworkLesson, RegressionLesson, SurfaceLesson,
        DeepNetworkLesson {

    /** The lesson names a file may give, in the order of the app's tabs. */
    List<String> LESSONS = List.of(DescentLesson.NAME, NetworkLesson.NAME, RegressionLesson.NAME,
            SurfaceLesson.NAME, DeepNetworkLesson.NAME);

    /** "descent", "network", "regression" or "deep_network". */
    String lesson();
}
