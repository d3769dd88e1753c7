package org.medmesh.analytics.infrastructure.data;

import java.util.Locale;

/** The four patient series of the UCI Heart Disease data, each a file in this package's resources. */
public enum UciCohort {

    CLEVELAND("Cleveland Clinic Foundation", "processed.cleveland.data"), HUNGARIAN(
            "Hungarian Institute of Cardiology, Budapest",
            "processed.hungarian.data"), SWITZERLAND("University Hospitals of Zurich and Basel",
                    "processed.switzerland.data"), VA("V.A. Medical Center, Long Beach", "processed.va.data");

    private final String source;
    private final String fileName;

    UciCohort(String source, String fileName) {
        this.source = source;
        this.fileName = fileName;
    }

    public String source() {
        return source;
    }

    public String fileName() {
        return fileName;
    }

    /** The name used in reports: Cleveland, Hungarian, Switzerland, VA. */
    public String title() {
        return this == VA ? "VA" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
