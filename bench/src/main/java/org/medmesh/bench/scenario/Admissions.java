package org.medmesh.bench.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.medmesh.bench.network.BenchPatients;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.WardCalls;

/** Creates the patients (each with an open encounter) that the write scenarios record observations for. */
public final class Admissions {

    private static final Logger LOG = Logger.getLogger(Admissions.class.getName());

    private Admissions() {
    }

    public static List<Admission> create(WardCalls ward, String token, int count, int firstNumber)
            throws IOException, InterruptedException {
        List<Admission> admissions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String patientId = ward.registerPatient(token, BenchPatients.registration(firstNumber + n));
            admissions.add(new Admission(patientId,
                    ward.openEncounter(token, patientId, BenchPatients.ENCOUNTER_TYPE, BenchPatients.WARD)));
            if ((n + 1) % 50 == 0) {
                int done = n + 1;
                LOG.info(() -> "admitted " + done + "/" + count + " patients");
            }
        }
        return List.copyOf(admissions);
    }
}
