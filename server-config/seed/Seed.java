import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic data for a running MedMesh network, through its REST API (run by {@code ./ehr seed}). Arguments: patients,
 * threads, random seed, then one {@code hospitalId=baseUrl=demoUsersFile} per hospital. Patient i goes to hospital
 * i mod H and is generated from (seed, i) alone, so a run is repeatable whatever the thread interleaving.
 */
public final class Seed {

    private static final Logger LOG = Logger.getLogger(Seed.class.getName());
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String LOINC = "http://loinc.org";
    private static final String HEART = "https://medmesh.org/codes/heart-risk";

    private static final String[] GIVEN_FEMALE = {"Anna", "Zoë", "Maria", "Léa", "Sofia", "Élise", "Ingrid", "Ana",
        "Hanna", "Chloé", "Amélie", "Jana", "Olga", "Nora", "Inès", "Marta"};
    private static final String[] GIVEN_MALE = {"Jonas", "Lukas", "José", "Mateo", "Noah", "Björn", "Stefan",
        "André", "Tomás", "Jan", "Piotr", "Emil", "Hugo", "Karim", "Ömer", "Luca"};
    private static final String[] FAMILY = {"Müller", "García", "Nowak", "Schmidt", "Łukasik", "Rossi", "Dubois",
        "Jensen", "Novák", "Fernández", "Kowalski", "Larsen", "Bianchi", "Öztürk", "Weber", "Moreau", "Horváth",
        "Andersson", "Costa", "Fischer"};
    private static final String[] CITIES = {"Graz", "Linz", "Salzburg", "Innsbruck", "Wien", "Klagenfurt"};
    private static final String[][] ALLERGIES = {{"Penicillin", "rash"}, {"Peanut", "hives"},
        {"Sulfonamide", "fever"}, {"Latex", "contact dermatitis"}, {"Ibuprofen", "bronchospasm"}};
    private static final String[][] CONDITIONS = {{"38341003", "Hypertensive disorder"},
        {"44054006", "Diabetes mellitus type 2"}, {"53741008", "Coronary arteriosclerosis"},
        {"195967001", "Asthma"}, {"55822004", "Hyperlipidemia"}};
    private static final String[] CHEST_PAIN = {"typical-angina", "atypical-angina", "non-anginal-pain",
        "asymptomatic"};

    private record Hospital(String id, URI base, String nurse, String doctor) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Hospital> hospitals = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: Seed PATIENTS THREADS SEED id=baseUrl=usersFile...");
        }
        new Seed().run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                List.of(args).subList(3, args.length));
    }

    private void run(int patients, int threads, long seed, List<String> targets) throws Exception {
        for (String target : targets) {
            String[] parts = target.split("=", 3);
            List<String[]> users = Files.readAllLines(Path.of(parts[2])).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split(":", 3)).toList();
            URI base = URI.create(parts[1]);
            hospitals.add(new Hospital(parts[0], base, signIn(base, users, "nurse"), signIn(base, users, "doctor")));
        }
        LOG.info(String.format("Seeding %d patients over %d hospital(s) with %d threads (seed %d)", patients,
                hospitals.size(), threads, seed));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int step = Math.max(1, patients / 20);
        for (int i = 0; i < patients; i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    patient(hospitals.get(index % hospitals.size()), new Random(seed * 1_000_003L + index));
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    LOG.warning("patient " + index + " failed: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int n = done.incrementAndGet();
                if (n % step == 0 || n == patients) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    LOG.info(String.format(Locale.ROOT, "  %d/%d patients (%d%%), %d requests, %.0f requests/s", n,
                            patients, 100 * n / patients, requests.get(), requests.get() / Math.max(seconds, 0.001)));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException("seeding did not finish");
        }
        LOG.info(String.format(Locale.ROOT, "Done: %d patients (%d failed), %d requests in %.1f s", done.get(),
                failed.get(), requests.get(), (System.nanoTime() - started) / 1e9));
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    private String signIn(URI base, List<String[]> users, String role) throws IOException, InterruptedException {
        String[] user = users.stream().filter(u -> u[1].equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo " + role));
        String reply = post(base, "api/v1/auth/token", null,
                "{\"username\":" + json(user[0]) + ",\"password\":" + json(user[2]) + "}");
        Matcher token = TOKEN.matcher(reply);
        if (!token.find()) {
            throw new IllegalStateException("sign-in of the demo " + role + " failed");
        }
        return token.group(1);
    }

    private void patient(Hospital h, Random r) throws IOException, InterruptedException {
        boolean female = r.nextBoolean();
        String given = pick(r, female ? GIVEN_FEMALE : GIVEN_MALE);
        LocalDate born = LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String patientId = id(post(h.base(), "api/v1/patients", h.nurse(), "{\"givenName\":" + json(given)
                + ",\"familyName\":" + json(pick(r, FAMILY)) + ",\"birthDate\":\"" + born + "\",\"sex\":\""
                + (female ? "FEMALE" : "MALE") + "\",\"city\":" + json(pick(r, CITIES)) + ",\"country\":\"AT\"}"));
        String encounterId = id(post(h.base(), "api/v1/encounters", h.nurse(), "{\"patientId\":\"" + patientId
                + "\",\"type\":\"" + pick(r, new String[] {"AMBULATORY", "EMERGENCY", "INPATIENT"})
                + "\",\"ward\":\"Cardiology\"}"));
        String context = "\"patientId\":\"" + patientId + "\",\"encounterId\":\"" + encounterId + "\"";
        quantity(h, context, LOINC, "8867-4", "Heart rate", 55 + r.nextInt(50), "/min");
        quantity(h, context, LOINC, "8480-6", "Systolic blood pressure", 100 + r.nextInt(80), "mm[Hg]");
        quantity(h, context, LOINC, "8462-4", "Diastolic blood pressure", 60 + r.nextInt(40), "mm[Hg]");
        quantity(h, context, LOINC, "8310-5", "Body temperature", 36 + r.nextInt(20) / 10.0, "Cel");
        quantity(h, context, LOINC, "59408-5", "Oxygen saturation", 90 + r.nextInt(11), "%");
        quantity(h, context, LOINC, "29463-7", "Body weight", 50 + r.nextInt(60), "kg");
        if (r.nextInt(3) > 0) {
            quantity(h, context, LOINC, "2093-3", "Cholesterol", 150 + r.nextInt(200), "mg/dL");
            quantity(h, context, LOINC, "1558-6", "Fasting glucose", 70 + r.nextInt(90), "mg/dL");
            quantity(h, context, HEART, "max-heart-rate", "Maximum heart rate", 100 + r.nextInt(100), "/min");
            quantity(h, context, HEART, "st-depression", "ST depression", r.nextInt(40) / 10.0, "mm");
            quantity(h, context, HEART, "major-vessels", "Major vessels", r.nextInt(4), "{count}");
            answer(h, context, "chest-pain-type", "Chest pain type", pick(r, CHEST_PAIN));
            answer(h, context, "exercise-angina", "Exercise-induced angina", r.nextInt(3) == 0 ? "yes" : "no");
        }
        if (r.nextInt(4) == 0) {
            String[] allergy = pick(r, ALLERGIES);
            post(h.base(), "api/v1/allergies", h.nurse(), "{\"patientId\":\"" + patientId
                    + "\",\"substance\":{\"display\":" + json(allergy[0]) + "},\"reaction\":" + json(allergy[1])
                    + ",\"severity\":\"MODERATE\"}");
        }
        if (r.nextInt(3) == 0) {
            String[] condition = pick(r, CONDITIONS);
            post(h.base(), "api/v1/conditions", h.doctor(), "{\"patientId\":\"" + patientId
                    + "\",\"code\":{\"system\":\"http://snomed.info/sct\",\"code\":\"" + condition[0]
                    + "\",\"display\":" + json(condition[1]) + "}}");
        }
    }

    private void quantity(Hospital h, String context, String system, String code, String display, double value,
            String unit) throws IOException, InterruptedException {
        post(h.base(), "api/v1/observations", h.nurse(), "{" + context + ",\"code\":{\"system\":\"" + system
                + "\",\"code\":\"" + code + "\",\"display\":" + json(display) + "},\"value\":"
                + String.format(Locale.ROOT, "%.1f", value) + ",\"unit\":" + json(unit) + "}");
    }

    private void answer(Hospital h, String context, String code, String display, String answer)
            throws IOException, InterruptedException {
        post(h.base(), "api/v1/observations", h.nurse(), "{" + context + ",\"code\":{\"system\":\"" + HEART
                + "\",\"code\":\"" + code + "\",\"display\":" + json(display) + "},\"answer\":" + json(answer) + "}");
    }

    private String post(URI base, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + problemTitle(
                    response.body()));
        }
        return response.body();
    }

    private static String problemTitle(String body) {
        Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(body);
        return detail.find() ? detail.group(1) : "(no detail)";
    }

    private static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in the answer");
        }
        return id.group(1);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
