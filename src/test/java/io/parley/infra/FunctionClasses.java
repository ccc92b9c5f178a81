package io.parley.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiled classes of {@code io.parley.functions}, found on disk so new functions need no registration. */
final class FunctionClasses {

    private FunctionClasses() {
    }

    static List<Class<?>> all() {
        Path dir = Path.of("target", "classes", "io", "parley", "functions");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
                    .sorted()
                    .<Class<?>>map(n -> load("io.parley.functions." + n.substring(0, n.length() - ".class".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
