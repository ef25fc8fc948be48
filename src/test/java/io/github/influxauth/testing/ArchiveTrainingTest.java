package io.github.influxauth.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The class-list filter decides what the start-up archive can hold: the JDK's and the jar's classes only. */
class ArchiveTrainingTest {

    private static final Set<String> IN_JAR = Set.of("io/github/influxauth/Main");

    @Test
    void keepsTheJarsAndTheJdksClasses() {
        assertTrue(ArchiveTraining.keep("io/github/influxauth/Main id: 3", IN_JAR));
        assertTrue(ArchiveTraining.keep("java/lang/Object id: 0", IN_JAR));
        assertTrue(ArchiveTraining.keep("@lambda-proxy io/github/influxauth/Main lambda$main$0 ()V", IN_JAR));
        assertTrue(ArchiveTraining.keep("@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.Invokers$Holder linkToTargetMethod L_L", IN_JAR));
    }

    @Test
    void dropsTestClassesAndTheirLambdas() {
        assertFalse(ArchiveTraining.keep("mockwebserver3/MockWebServer id: 9", IN_JAR));
        assertFalse(ArchiveTraining.keep("io/github/influxauth/testing/FakeInfluxServer id: 10", IN_JAR));
        assertFalse(ArchiveTraining.keep("@lambda-proxy io/github/influxauth/testing/Fixtures lambda$x$0 ()V", IN_JAR));
    }
}
