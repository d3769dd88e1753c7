package org.medmesh.patient.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientSearch;

/**
 * A search by name words alone, in name order without sorting every match. The name-word rows carry the patient's sort
 * name and whether the patient is voided, and are indexed by (token, patient_voided, sort_name, patient_id), so the
 * living patients of one word are read in name order from the index alone and the read stops after a page (the voided
 * ones, when asked for, are a second ordered read). A query word is a prefix of several words ({@code mül} of "müller",
 * "mülner", ...): each of those is read in order up to the page's end, and the first page of their union, in name
 * order, is the answer; the words of a prefix come from the table of distinct name words (V16), a short range read. The
 * other query words are checked per patient. When a prefix matches too many distinct words (one or two letters),
 * {@link #find} gives up and the caller sorts the matches instead.
 */
final class NameOrderedSearch {

    /** Beyond this many distinct words per prefix, one ordered read per word costs more than sorting the matches. */
    static final int MAX_WORDS = 100;

    private final EntityManager em;

    NameOrderedSearch(EntityManager em) {
        this.em = em;
    }

    /** Whether this search applies: name words and nothing else (birth date and identifier are more selective). */
    static boolean appliesTo(PatientSearch search) {
        return !search.nameTokens().isEmpty() && search.birthDate() == null && search.identifier() == null;
    }

    /** The page (with one extra patient if more follow), or empty when the leading prefix is too short to walk. */
    @SuppressWarnings("unchecked")
    Optional<List<Patient>> find(PatientSearch search) {
        String leading = search.nameTokens().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<String> others = new ArrayList<>(search.nameTokens());
        others.remove(leading);
        List<String> words = em.createNativeQuery("select w.token from patient_name_word w where w.token like ? "
                + "order by w.token limit ?", String.class)
                .setParameter(1, leading + "%").setParameter(2, MAX_WORDS + 1).getResultList();
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.of(List.of());
        }
        int reach = search.page() * search.size() + search.size() + 1;
        StringBuilder sql = new StringBuilder("select p.* from patient p join (");
        List<Object> parameters = new ArrayList<>();
        List<Boolean> voided = search.includeVoided() ? List.of(false, true) : List.of(false);
        for (String word : words) {
            for (boolean patientVoided : voided) {
                sql.append(parameters.isEmpty() ? "" : " union ").append("(select t.sort_name, t.patient_id"
                        + " from patient_name_token t where t.token = ? and t.patient_voided = ?");
                parameters.add(word);
                parameters.add(patientVoided);
                for (String other : others) {
                    sql.append(" and exists (select 1 from patient_name_token o where o.patient_id = t.patient_id"
                            + " and o.token like ?)");
                    parameters.add(other + "%");
                }
                sql.append(" order by t.sort_name, t.patient_id limit ?)");
                parameters.add(reach);
            }
        }
        sql.append(" order by sort_name, patient_id limit ? offset ?) m on p.id = m.patient_id"
                + " order by m.sort_name, m.patient_id");
        parameters.add(search.size() + 1);
        parameters.add(search.page() * search.size());
        Query query = em.createNativeQuery(sql.toString(), Patient.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return Optional.of(query.getResultList());
    }
}
