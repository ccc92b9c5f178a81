package io.parley.about;

import io.parley.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build's identity: Parley's version (from the Maven build) and the version of the extraction rules.
 */
public record BuildInfo(String name, String version, String extractorVersion) {

    private static final String RESOURCE = "/parley-build.properties";

    /** The running build, read from the properties file the Maven build writes. */
    public static BuildInfo current() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo("parley", props.getProperty("version"), Extractor.VERSION);
    }
}
