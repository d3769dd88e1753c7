package org.medmesh.sync.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.medmesh.sync.domain.model.RecordState;

/**
 * What clinicians do at random hospitals: register patients, edit demographics (concurrently, at different hospitals),
 * record observations, void some, add allergies and change their status.
 */
final class Workload {

    private final SimulatedNetwork network;
    private final Random random;
    private int counter;

    Workload(SimulatedNetwork network) {
        this.network = network;
        this.random = network.random();
    }

    void step() {
        List<SimulatedHospital> up = network.hospitals.values().stream().filter(SimulatedHospital::up).toList();
        if (up.isEmpty()) {
            return;
        }
        SimulatedHospital at = up.get(random.nextInt(up.size()));
        List<RecordState> patients = known(at, "patient");
        int action = random.nextInt(10);
        String stamp = at.id.value() + "#" + (++counter);
        if (patients.isEmpty() || action == 0) {
            UUID patient = UUID.randomUUID();
            network.write(at, "patient.registered", "patient", patient, patient, "registered " + stamp);
            return;
        }
        RecordState patient = patients.get(random.nextInt(patients.size()));
        UUID patientId = patient.aggregateId();
        switch (action) {
            case 1, 2 -> network.write(at, "patient.updated", "patient", patientId, patientId, "demographics " + stamp);
            case 3, 4 -> network.write(at, "observation.recorded", "observation", UUID.randomUUID(), patientId,
                    "observation " + stamp);
            case 5 -> {
                List<RecordState> observations = known(at, "observation").stream()
                        .filter(o -> !o.payload().startsWith("voided")).toList();
                if (!observations.isEmpty()) {
                    RecordState o = observations.get(random.nextInt(observations.size()));
                    network.write(at, "observation.voided", "observation", o.aggregateId(), o.patientId(),
                            "voided " + stamp);
                }
            }
            case 6, 7 -> network.write(at, "allergy.added", "allergy", UUID.randomUUID(), patientId,
                    "allergy active " + stamp);
            default -> {
                List<RecordState> allergies = known(at, "allergy");
                if (!allergies.isEmpty()) {
                    RecordState a = allergies.get(random.nextInt(allergies.size()));
                    network.write(at, "allergy.updated", "allergy", a.aggregateId(), a.patientId(),
                            "allergy " + (random.nextBoolean() ? "resolved " : "inactive ") + stamp);
                }
            }
        }
    }

    private static List<RecordState> known(SimulatedHospital at, String aggregateType) {
        return new ArrayList<>(at.store.records.values().stream()
                .filter(r -> r.aggregateType().equals(aggregateType)).toList());
    }
}
