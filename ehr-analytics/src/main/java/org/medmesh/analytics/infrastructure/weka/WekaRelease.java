package org.medmesh.analytics.infrastructure.weka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import weka.core.Version;

/**
 * The Weka release on the class path: the Maven artifact's version, beside Weka's own version string (the 3.8.7
 * artifact reports {@code 3.8.8-SNAPSHOT}).
 */
public final class WekaRelease {

    private static final String POM = "/META-INF/maven/nz.ac.waikato.cms.weka/weka-stable/pom.properties";

    private WekaRelease() {
    }

    /** {@code 3.8.7 (Weka says 3.8.8-SNAPSHOT)}, or Weka's own string when the artifact version is unknown. */
    public static String describe() {
        String artifact = artifactVersion();
        return artifact == null || artifact.equals(Version.VERSION)
                ? Version.VERSION
                : artifact + " (Weka says " + Version.VERSION + ")";
    }

    private static String artifactVersion() {
        try (InputStream in = Version.class.getResourceAsStream(POM)) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
