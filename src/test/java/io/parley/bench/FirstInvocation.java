package io.parley.bench;

import io.parley.functions.ParleyStreamHandler;
import io.parley.functions.PrimingContext;
import io.parley.functions.SnapStartPriming;
import io.quarkus.arc.Arc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link FunctionColdStart}: what the Lambda Java runtime does with a function of
 * {@code function.zip}, on the deployed class path and JVM options. It builds the handler ({@link
 * ParleyStreamHandler}, which starts Quarkus: the init phase), in {@code primed} mode then calls the priming
 * bean's {@code beforeCheckpoint} as Lambda does before a SnapStart snapshot, and times ONE invocation of the
 * event in the file it is given. Prints {@code FIRSTCALL jvm_ms=… init_ms=… prime_ms=… first_ms=… classes=… ok=…}
 * ({@code classes}: how many classes the first invocation loaded, what priming missed).
 * <pre>java -cp DRIVER:APP:APP/lib/* -Dquarkus.funqy.export=F … io.parley.bench.FirstInvocation fresh|primed EVENT</pre>
 */
public final class FirstInvocation {

    private FirstInvocation() {
    }

    public static void main(String[] args) throws IOException {
        long jvmMs = ManagementFactory.getRuntimeMXBean().getUptime();
        boolean primed = args[0].equals("primed");
        byte[] event = Files.readAllBytes(Path.of(args[1]));

        long t0 = System.nanoTime();
        ParleyStreamHandler handler = new ParleyStreamHandler();
        long t1 = System.nanoTime();
        if (primed) {
            Arc.container().instance(SnapStartPriming.class).get().beforeCheckpoint(null);
        }
        int classesBefore = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long t2 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new PrimingContext());
        long t3 = System.nanoTime();
        int classesLoaded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesBefore;

        String answer = out.toString(StandardCharsets.UTF_8);
        System.out.printf("FIRSTCALL jvm_ms=%d init_ms=%.1f prime_ms=%.1f first_ms=%.2f classes=%d ok=%b%n", jvmMs,
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), classesLoaded, succeeded(answer));
        System.out.flush();
        System.exit(0);
    }

    /** An HTTP answer of 2xx, or an SQS batch with no failed item (an empty answer is Funqy's void). */
    static boolean succeeded(String answer) {
        if (answer.contains("\"statusCode\"")) {
            return answer.matches("(?s).*\"statusCode\"\\s*:\\s*2\\d\\d.*");
        }
        return !answer.contains("\"itemIdentifier\"");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
