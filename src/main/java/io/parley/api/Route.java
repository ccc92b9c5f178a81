package io.parley.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A method and a path template such as {@code /articles/{id}}, with the handler that serves it. */
record Route(String method, String template, Handler handler) {

    /** The path parameters if {@code path} fits the template (any method), else empty. */
    Optional<List<String>> match(String path) {
        String[] want = template.split("/");
        String[] got = trimSlash(path).split("/");
        if (want.length != got.length) {
            return Optional.empty();
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.add(got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
