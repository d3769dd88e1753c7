package org.medmesh.analytics.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.RiskAssessments;
import org.medmesh.analytics.domain.model.StoredAssessment;

/**
 * The assessments in {@code risk_assessment} (one row each, unique id: a repeated update is ignored; with the model
 * version, the submodel and the missing inputs) and {@code risk_assessment_input} (one row per input used: value,
 * imputed with which rule, contribution), in the caller's transaction.
 */
@ApplicationScoped
public class JdbcRiskAssessments implements RiskAssessments {

    /** Assessment {@code a} is its patient's latest (as {@link #latest} orders them) and of another model. */
    private static final String LATEST_OF_ANOTHER = "a.model_version <> ? and not exists (select 1 from "
            + "risk_assessment b where b.pseudonym = a.pseudonym and (b.assessed_at > a.assessed_at or "
            + "(b.assessed_at = a.assessed_at and b.id > a.id)))";

    @Resource(lookup = Jdbc.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public boolean store(StoredAssessment stored) {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement insert = db.prepareStatement("insert ignore into risk_assessment (id, pseudonym, "
                    + "model_version, scored_by, missing_inputs, probability, band, log_odds, reference_log_odds, "
                    + "as_of, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                var a = stored.assessment();
                insert.setBytes(1, Jdbc.bytes(stored.id()));
                insert.setString(2, stored.pseudonym().value());
                insert.setString(3, a.modelVersion().value());
                insert.setString(4, a.scoredBy());
                insert.setString(5, AssessmentRows.names(a.missing()));
                insert.setDouble(6, a.probability());
                insert.setString(7, a.band().name());
                insert.setDouble(8, a.logOdds());
                insert.setDouble(9, a.referenceLogOdds());
                insert.setObject(10, Jdbc.utc(stored.asOf()));
                insert.setObject(11, Jdbc.utc(stored.assessedAt()));
                if (insert.executeUpdate() == 0) {
                    return false;
                }
            }
            storeInputs(db, stored);
            return true;
        } catch (SQLException e) {
            throw new StoreFailure("cannot store a risk assessment", e);
        }
    }

    private static void storeInputs(Connection db, StoredAssessment stored) throws SQLException {
        var a = stored.assessment();
        try (PreparedStatement insert = db.prepareStatement("insert into risk_assessment_input (assessment_id, "
                + "feature, input_value, imputed, imputed_rule, contribution) values (?, ?, ?, ?, ?, ?)")) {
            for (FeatureContribution c : a.contributions()) {
                String rule = a.imputed().stream().filter(i -> i.feature() == c.feature()).map(ImputedInput::rule)
                        .findFirst().orElse(null);
                insert.setBytes(1, Jdbc.bytes(stored.id()));
                insert.setString(2, c.feature().uciName());
                insert.setDouble(3, c.value());
                insert.setBoolean(4, c.imputed());
                insert.setString(5, rule);
                insert.setDouble(6, c.logOdds());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<StoredAssessment> latest(Pseudonym pseudonym) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "select id, model_version, scored_by, missing_inputs, probability, band, log_odds, "
                                + "reference_log_odds, as_of, assessed_at from risk_assessment where pseudonym = ? "
                                + "order by as_of desc, assessed_at desc, id desc limit 1")) {
            query.setString(1, pseudonym.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                AssessmentRows.Header header = AssessmentRows.header(row);
                return Optional.of(AssessmentRows.assessment(pseudonym, header, AssessmentRows.inputs(db,
                        header.id())));
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read a risk assessment", e);
        }
    }

    @Override
    public int erase(Pseudonym pseudonym) {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement inputs = db.prepareStatement("delete i from risk_assessment_input i join "
                    + "risk_assessment a on a.id = i.assessment_id where a.pseudonym = ?")) {
                inputs.setString(1, pseudonym.value());
                inputs.executeUpdate();
            }
            try (PreparedStatement delete = db.prepareStatement("delete from risk_assessment where pseudonym = ?")) {
                delete.setString(1, pseudonym.value());
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot erase risk assessments", e);
        }
    }

    @Override
    public Set<Pseudonym> withAssessments(Collection<Pseudonym> pseudonyms) {
        return among("select distinct a.pseudonym from risk_assessment a where a.pseudonym in (%s)", pseudonyms,
                List.of());
    }

    @Override
    public Set<Pseudonym> outdated(Collection<Pseudonym> pseudonyms, ModelVersion current) {
        return among("select a.pseudonym from risk_assessment a where a.pseudonym in (%s) and " + LATEST_OF_ANOTHER,
                pseudonyms, List.of(current.value()));
    }

    @Override
    public int countOutdated(ModelVersion current) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from risk_assessment a where " + LATEST_OF_ANOTHER)) {
            query.setString(1, current.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot count risk assessments", e);
        }
    }

    /** The pseudonyms a query finds among those given: {@code %s} in it is their list, then the other parameters. */
    private Set<Pseudonym> among(String sql, Collection<Pseudonym> pseudonyms, List<String> parameters) {
        if (pseudonyms.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(pseudonyms.size(), "?"));
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(sql.formatted(marks))) {
            int i = 1;
            for (Pseudonym p : pseudonyms) {
                query.setString(i++, p.value());
            }
            for (String parameter : parameters) {
                query.setString(i++, parameter);
            }
            Set<Pseudonym> found = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Pseudonym(rows.getString(1)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read risk assessments", e);
        }
    }
}
