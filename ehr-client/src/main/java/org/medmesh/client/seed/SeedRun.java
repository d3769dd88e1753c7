package org.medmesh.client.seed;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.medmesh.client.StaffLogins;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.WardCalls;

/**
 * Sends a {@link SeedPlan}'s patients to the hospitals with a pool of threads, as each hospital's demo nurse (and its
 * doctor for the problem list), printing progress: counts and rates only, never a patient's data.
 */
public final class SeedRun {

    private static final Logger LOG = Logger.getLogger(SeedRun.class.getName());
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(6);

    private final SeedPlan plan;
    private final List<SignedIn> hospitals = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    /** A hospital's ward calls with the demo nurse's and doctor's tokens. */
    private record SignedIn(String id, WardCalls ward, String nurse, String doctor) {
    }

    public SeedRun(SeedPlan plan) {
        this.plan = plan;
    }

    /** Seeds every patient of the plan; true when none failed. */
    public boolean run() throws InterruptedException {
        try {
            for (SeedPlan.Hospital hospital : plan.hospitals()) {
                hospitals.add(signIn(hospital));
            }
            return seedAll();
        } finally {
            hospitals.forEach(h -> h.ward().close());
        }
    }

    private boolean seedAll() throws InterruptedException {
        LOG.info(String.format(Locale.ROOT, "Seeding %d patients over %d hospital(s) with %d threads (seed %d)",
                plan.patients(), hospitals.size(), plan.threads(), plan.seed()));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
        int step = Math.max(1, plan.patients() / 20);
        for (int i = 0; i < plan.patients(); i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    seed(hospitals.get(index % hospitals.size()), SyntheticPatient.of(plan.seed(), index));
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    LOG.warning("patient " + index + " failed: " + e.getMessage());
                }
                int n = done.incrementAndGet();
                if (n % step == 0 || n == plan.patients()) {
                    double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
                    LOG.info(String.format(Locale.ROOT, "  %d/%d patients (%d%%), %d requests, %.0f requests/s", n,
                            plan.patients(), 100 * n / plan.patients(), requests.get(), requests.get() / seconds));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(GIVE_UP_AFTER.toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("seeding did not finish within " + GIVE_UP_AFTER.toHours() + " hours");
        }
        LOG.info(String.format(Locale.ROOT, "Done: %d patients (%d failed), %d requests in %.1f s", done.get(),
                failed.get(), requests.get(), (System.nanoTime() - started) / 1e9));
        return failed.get() == 0;
    }

    private void seed(SignedIn h, SyntheticPatient patient) {
        String patientId = counted(h.ward().registerPatient(h.nurse(), patient.registration()));
        String encounterId = counted(h.ward().openEncounter(h.nurse(), patientId, patient.encounterType(),
                SyntheticPatient.WARD));
        for (JsonObject observation : patient.observations(new Admission(patientId, encounterId))) {
            counted(h.ward().record(h.nurse(), observation));
        }
        patient.allergyBody(patientId).ifPresent(allergy -> counted(h.ward().addAllergy(h.nurse(), allergy)));
        patient.problemBody(patientId).ifPresent(problem -> counted(h.ward().addCondition(h.doctor(), problem)));
    }

    private String counted(String id) {
        requests.incrementAndGet();
        return id;
    }

    private static SignedIn signIn(SeedPlan.Hospital hospital) {
        List<StaffLogin> logins = StaffLogins.read(hospital.staffLogins());
        WardCalls ward = new WardCalls(hospital.baseUrl());
        try {
            return new SignedIn(hospital.id(), ward, ward.signIn(StaffLogins.withRole(logins, "nurse")),
                    ward.signIn(StaffLogins.withRole(logins, "doctor")));
        } catch (RuntimeException e) {
            ward.close();
            throw new IllegalStateException("the demo staff of " + hospital.id() + " could not sign in: "
                    + e.getMessage(), e);
        }
    }
}
