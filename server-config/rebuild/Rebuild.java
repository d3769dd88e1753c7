import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client half of {@code ./ehr rebuild}: asks the peer, through the rebuilt hospital's API, to repair everything,
 * then follows both hospitals' table digests until they are equal, printing progress. Run by cmd-rebuild.sh with
 * {@code java Rebuild.java TARGET URL USERS PEER URL USERS TIMEOUT_SECONDS}; signs in as each hospital's demo admin.
 */
public final class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class.getName());
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile(
            "\"([a-z]+)\":\\{\"rows\":([0-9]+),\"sha256\":\"([0-9a-f]+)\"\\}");
    private static final Duration ASK_AGAIN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One hospital's API, signed in as its admin. */
    private record Node(String id, URI base, String token) {
    }

    /** A table's rows and digest. */
    private record Table(long rows, String sha256) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: TARGET URL USERS PEER URL USERS TIMEOUT_SECONDS");
        }
        Rebuild rebuild = new Rebuild();
        Node target = rebuild.signIn(args[0], args[1], Path.of(args[2]));
        Node peer = rebuild.signIn(args[3], args[4], Path.of(args[5]));
        System.exit(rebuild.run(target, peer, Duration.ofSeconds(Long.parseLong(args[6]))) ? 0 : 1);
    }

    private boolean run(Node target, Node peer, Duration timeout) throws IOException, InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        Instant askedAt = askForRepair(target, peer);
        long lastShown = -1;
        while (Instant.now().isBefore(deadline)) {
            Map<String, Table> want = tables(peer);
            Map<String, Table> have = tables(target);
            if (want.equals(have)) {
                LOG.info(String.format(Locale.ROOT, "[%s] rebuilt from %s: %d records in %.1f s; digests equal",
                        target.id(), peer.id(), total(have), seconds(started)));
                return true;
            }
            long held = total(have);
            if (held != lastShown) {
                LOG.info(String.format(Locale.ROOT, "[%s] %d of %d records (%s)", target.id(), held, total(want),
                        differing(want, have)));
                lastShown = held;
            }
            if (Instant.now().isAfter(askedAt.plus(ASK_AGAIN))) {
                askedAt = askForRepair(target, peer);
            }
            Thread.sleep(1_000);
        }
        LOG.severe(String.format(Locale.ROOT, "[%s] digests still differ from %s after %d s (%s); see ./ehr status "
                + "and GET /api/v1/sync/status", target.id(), peer.id(), timeout.toSeconds(),
                differing(tables(peer), tables(target))));
        return false;
    }

    private Instant askForRepair(Node target, Node peer) throws IOException, InterruptedException {
        HttpResponse<String> asked = send(target, "POST", "api/v1/sync/peers/" + peer.id() + "/repair");
        if (asked.statusCode() != 202) {
            throw new IllegalStateException(target.id() + " refused the repair request: " + asked.statusCode() + " "
                    + asked.body());
        }
        LOG.info(String.format("[%s] asked %s to send what it lacks", target.id(), peer.id()));
        return Instant.now();
    }

    private Map<String, Table> tables(Node node) throws IOException, InterruptedException {
        HttpResponse<String> digest = send(node, "GET", "api/v1/sync/digest");
        if (digest.statusCode() != 200) {
            throw new IllegalStateException(node.id() + " gave no digest: " + digest.statusCode());
        }
        Map<String, Table> tables = new TreeMap<>();
        Matcher table = TABLE.matcher(digest.body());
        while (table.find()) {
            tables.put(table.group(1), new Table(Long.parseLong(table.group(2)), table.group(3)));
        }
        return tables;
    }

    private static String differing(Map<String, Table> want, Map<String, Table> have) {
        StringBuilder text = new StringBuilder();
        want.forEach((type, table) -> {
            Table held = have.get(type);
            if (!table.equals(held)) {
                text.append(text.isEmpty() ? "" : ", ").append(type).append(' ')
                        .append(held == null ? 0 : held.rows()).append('/').append(table.rows());
            }
        });
        return text.isEmpty() ? "catching up" : text.toString();
    }

    private static long total(Map<String, Table> tables) {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private Node signIn(String id, String url, Path users) throws IOException, InterruptedException {
        String admin = Files.readAllLines(users).stream().map(String::strip)
                .filter(line -> line.split(":", 3).length == 3 && line.split(":", 3)[1].equals("admin")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no admin login for " + id + " in " + users));
        String[] parts = admin.split(":", 3);
        URI base = URI.create(url);
        String body = "{\"username\":\"" + parts[0] + "\",\"password\":\"" + parts[2] + "\"}";
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(reply.body());
        if (reply.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(id + " refused the admin sign-in: " + reply.statusCode());
        }
        return new Node(id, base, token.group(1));
    }

    private HttpResponse<String> send(Node node, String method, String path) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(node.base().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + node.token())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
