package org.medmesh.clinical.application;

import org.medmesh.clinical.application.ClinicalViews.TreatmentView;
import org.medmesh.shared.application.Page;

/**
 * A ward's open treatments as its staff see them.
 *
 * @param ward the ward of the person asking; null when they are assigned to none (then there is nothing to list)
 * @param treatments ordered or started, oldest order first, only of patients the person may see here
 */
public record WardWorklist(String ward, Page<TreatmentView> treatments) {
}
