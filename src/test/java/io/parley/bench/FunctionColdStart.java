package io.parley.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.service.IngestOutcome;
import io.parley.service.Upload;
import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.LocalDynamo;
import io.parley.testing.Events;
import io.parley.testing.LocalAwsResource;
import io.parley.testing.LocalS3;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Each function's first invocation in a fresh JVM, as the Lambda Java runtime runs {@code target/function.zip}:
 * for the query ({@code POST /ask}), extract (an SQS message for a stored ~800-word article) and ingest (an
 * SQS-wrapped S3 upload of one) functions, {@code runs} fresh JVMs each without priming and with the SnapStart
 * priming called before the first request ({@link FirstInvocation}), against dynalite, s3rver and ElasticMQ
 * ({@link LocalAwsResource}). Prints one {@code FIRSTCALL} line per JVM and a {@code FUNCTIONCOLD} summary
 * (median and maximum) per function and mode. Needs {@code target/function.zip} ({@code ./mvnw package}).
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.FunctionColdStart [RUNS]</pre>
 * A real SnapStart restore skips the JVM start, the init and the priming (all before the snapshot), so the
 * primed {@code first_ms} is the figure to compare with a restored function's first request.
 */
public final class FunctionColdStart {

    private static final List<String> FUNCTIONS = List.of("query", "extract", "ingest");
    private static final Path WORK = Path.of("target", "bench-functions");

    private final Map<String, String> config;
    private final Parley parley;
    private final S3Client s3;
    private final List<Article> articles = BenchCorpus.eightHundredWords();
    private int made;

    private FunctionColdStart(Map<String, String> config, DynamoDbClient dynamo, S3Client s3) {
        this.config = config;
        this.s3 = s3;
        this.parley = Parley.wire(new Ports(new DynamoParleyStore(dynamo, LocalAwsResource.TABLE),
                new DynamoFeedStore(dynamo, LocalAwsResource.TABLE), id -> { }), Clock.systemUTC(), Settings.defaults());
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path app = unpack(Path.of("target", "function.zip"), WORK.resolve("app"));
        Path driver = driverClasses(WORK.resolve("driver"));
        LocalAwsResource aws = new LocalAwsResource();
        Map<String, String> config = aws.start();
        try (DynamoDbClient dynamo = LocalDynamo.client(URI.create(config.get("quarkus.dynamodb.endpoint-override")));
                S3Client s3 = LocalS3.client(URI.create(config.get("quarkus.s3.endpoint-override")))) {
            FunctionColdStart bench = new FunctionColdStart(config, dynamo, s3);
            bench.seedQuestions();
            for (String function : FUNCTIONS) {
                for (String mode : List.of("fresh", "primed")) {
                    List<double[]> times = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        times.add(bench.launch(app, driver, function, mode, bench.event(function)));
                    }
                    System.out.println(summary(function, mode, times));
                }
            }
        } finally {
            aws.stop();
        }
    }

    /** The articles the question runs over, stored and extracted. */
    private void seedQuestions() {
        for (int i = 0; i < Math.min(5, articles.size()); i++) {
            String id = stored(next());
            parley.extract().extract(id);
        }
    }

    /** A new article each time (the set, each copy told apart by a last line), so no run meets a duplicate. */
    private byte[] next() {
        Article a = articles.get(made % articles.size());
        String body = a.text() + "\n\nFiled for benchmark run " + (++made) + ".";
        ObjectNode json = Json.mapper().createObjectNode().put("title", a.info().title()).put("body", body);
        if (a.info().published() != null) {
            json.put("published", a.info().published().toString());
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String stored(byte[] bytes) {
        IngestOutcome outcome = parley.ingest().ingest(Upload.of("bench", bytes));
        if (outcome instanceof IngestOutcome.Stored stored) {
            return stored.articleId();
        }
        throw new IllegalStateException("bench article rejected: " + outcome);
    }

    private String event(String function) {
        return switch (function) {
            case "query" -> Events.http("POST", "/ask", Map.of(), "{\"question\":\"What did the president say about the talks?\"}");
            case "extract" -> Events.sqs(Map.of("m" + made, Json.write(Map.of("articleId", stored(next())))));
            case "ingest" -> s3UploadEvent();
            default -> throw new IllegalArgumentException(function);
        };
    }

    private String s3UploadEvent() {
        String key = "incoming/bench-" + made + ".json";
        s3.putObject(b -> b.bucket(LocalAwsResource.BUCKET).key(key), RequestBody.fromBytes(next()));
        ObjectNode event = Events.load("sqs-s3-put.json");
        ((ObjectNode) event.path("Records").get(0)).put("body", Events.s3Put(LocalAwsResource.BUCKET, key));
        return event.toString();
    }

    /** One fresh JVM: its {@code FIRSTCALL} line's init, prime and first-invocation times. */
    private double[] launch(Path app, Path driver, String function, String mode, String event) throws IOException, InterruptedException {
        Path eventFile = Files.writeString(WORK.resolve("event.json"), event);
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-cp", driver + ":" + app + ":" + app.resolve("lib") + "/*", "-Dquarkus.funqy.export=" + function,
                "-Dquarkus.log.console.json.enabled=false", "-Dquarkus.log.level=WARN"));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of(FirstInvocation.class.getName(), mode, eventFile.toString()));
        Process process = new ProcessBuilder(command).redirectError(WORK.resolve(function + "-" + mode + ".log").toFile()).start();
        String line = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                line = l.startsWith("FIRSTCALL ") ? l : line;
            }
        }
        process.waitFor();
        if (line == null || !line.contains("ok=true")) {
            throw new IllegalStateException(function + " " + mode + " did not answer well: " + line + " (see " + WORK + ")");
        }
        System.out.println(line + " function=" + function + " mode=" + mode);
        Map<String, String> values = fields(line);
        return new double[] {Double.parseDouble(values.get("init_ms")), Double.parseDouble(values.get("prime_ms")),
            Double.parseDouble(values.get("first_ms")), Double.parseDouble(values.get("jvm_ms"))};
    }

    static Map<String, String> fields(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    static String summary(String function, String mode, List<double[]> times) {
        return String.format("FUNCTIONCOLD function=%s mode=%s runs=%d jvm_median_ms=%.0f init_median_ms=%.0f init_max_ms=%.0f "
                        + "prime_median_ms=%.0f first_median_ms=%.1f first_max_ms=%.1f", function, mode, times.size(),
                median(times, 3), median(times, 0), max(times, 0), median(times, 1), median(times, 2), max(times, 2));
    }

    private static double median(List<double[]> times, int column) {
        double[] sorted = times.stream().mapToDouble(t -> t[column]).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(List<double[]> times, int column) {
        return times.stream().mapToDouble(t -> t[column]).max().orElse(Double.NaN);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** function.zip unpacked as Lambda does: classes at the root, the libraries in lib/. */
    private static Path unpack(Path zip, Path into) throws IOException, InterruptedException {
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " is missing: run ./mvnw -B package -DskipTests first");
        }
        deleteTree(into);
        Files.createDirectories(into);
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toAbsolutePath().toString()).directory(into.toFile()).inheritIO().start();
        if (unzip.waitFor() != 0) {
            throw new IllegalStateException("unzip of " + zip + " failed");
        }
        return into;
    }

    /** A class folder with only the driver, so the child sees none of the tests' resources. */
    private static Path driverClasses(Path into) throws IOException {
        Path from = classFolder().resolve("io").resolve("parley").resolve("bench");
        Path to = Files.createDirectories(into.resolve("io").resolve("parley").resolve("bench"));
        try (Stream<Path> classes = Files.list(from)) {
            for (Path c : classes.filter(p -> p.getFileName().toString().startsWith("FirstInvocation")).toList()) {
                Files.copy(c, to.resolve(c.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into;
    }

    /** The class folder this bench runs from (the tests' classes, or infra/bench/run.sh's copy of them). */
    private static Path classFolder() {
        try {
            return Path.of(FirstInvocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
