package io.parley.functions;

import io.parley.about.BuildInfo;
import io.quarkus.funqy.Funq;

/** Reports which build of Parley and which extraction rules a deployment runs. */
public class VersionFunction {

    private static final BuildInfo BUILD = BuildInfo.current();

    @Funq("version")
    public BuildInfo version() {
        return BUILD;
    }
}
