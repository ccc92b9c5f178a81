package io.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Args splits a command's arguments into {@code --name value} options, {@code --flag} switches and
 * positional words, rejecting any option the command did not declare. {@code --} ends the options: every
 * word after it is positional, even one that starts with dashes.
 */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * Parses {@code args}.
     *
     * @param valued   option names that take a value (without the leading dashes)
     * @param switches option names that take none
     */
    static Args parse(List<String> args, Set<String> valued, Set<String> switches) throws UsageException {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--")) {
                parsed.positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            String inlineValue = eq < 0 ? null : name.substring(eq + 1);
            name = eq < 0 ? name : name.substring(0, eq);
            if (switches.contains(name) && inlineValue == null) {
                parsed.flags.add(name);
            } else if (valued.contains(name)) {
                String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name);
                parsed.options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positionals() {
        return List.copyOf(positionals);
    }

    private static String valueAfter(List<String> args, int i, String name) throws UsageException {
        if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " needs a value");
        }
        return args.get(i + 1);
    }
}
