package io.parley.about;

/** Placeholder until the extraction engine lands: there are no extraction rules yet. */
final class ExtractorVersion {
    static final String VALUE = "none";

    private ExtractorVersion() {
    }
}
