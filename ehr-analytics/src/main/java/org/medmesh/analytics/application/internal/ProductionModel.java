package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.medmesh.analytics.application.HeartRiskModels;
import org.medmesh.analytics.application.ModelEvaluation;
import org.medmesh.analytics.domain.model.RiskModel;

/**
 * The node's production model, trained from the bundled Cleveland data when the node starts (the training logs its
 * time), and its cross-validated ROC AUC on Cleveland as the gauge {@code medmesh_risk_model_auc}: the cross-validation
 * runs once in the background after startup (the gauge is NaN until it has).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProductionModel {

    private static final Logger LOG = Logger.getLogger(ProductionModel.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MetricRegistry registry;

    private volatile RiskModel model;
    private volatile double auc = Double.NaN;

    @PostConstruct
    void train() {
        model = HeartRiskModels.production();
        registry.gauge(Metadata.builder().withName("medmesh_risk_model_auc")
                .withDescription("Cross-validated ROC AUC of the served risk model (NaN until evaluated)").build(),
                this, served -> served.auc);
        executor.submit(this::evaluate);
    }

    private void evaluate() {
        try {
            auc = ModelEvaluation.servedCrossValidatedAuc();
            LOG.info(() -> "Risk model " + model.version() + ": cross-validated ROC AUC " + auc);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The risk model's evaluation failed; medmesh_risk_model_auc stays NaN", e);
        }
    }

    public RiskModel model() {
        return model;
    }
}
