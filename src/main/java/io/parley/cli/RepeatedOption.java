package io.parley.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * RepeatedOption takes every {@code --name VALUE} (or {@code --name=VALUE}) of an option that may be given
 * more than once out of an argument list, since {@link Args} keeps one value per option.
 *
 * @param values    the values, in order
 * @param remaining the other arguments, for {@link Args}
 */
record RepeatedOption(List<String> values, List<String> remaining) {

    static RepeatedOption take(List<String> args, String name) throws UsageException {
        List<String> values = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--" + name)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                values.add(args.get(++i));
            } else if (arg.startsWith("--" + name + "=")) {
                values.add(arg.substring(name.length() + 3));
            } else {
                remaining.add(arg);
            }
        }
        return new RepeatedOption(List.copyOf(values), List.copyOf(remaining));
    }
}
