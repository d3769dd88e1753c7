package org.medmesh.patient.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.shared.domain.model.ConcurrentChange;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(em.find(Patient.class, id.value()));
    }

    /**
     * Name words alone are read in name order, a page at a time ({@link NameOrderedSearch}); otherwise each name word
     * is a prefix range on the indexed token table ({@code token LIKE 'abc%'}) and the matches are sorted. Tokens
     * contain only letters and digits, so no LIKE wildcard can come from the user.
     */
    @Override
    public List<Patient> search(PatientSearch search) {
        if (NameOrderedSearch.appliesTo(search)) {
            Optional<List<Patient>> ordered = new NameOrderedSearch(em).find(search);
            if (ordered.isPresent()) {
                return ordered.get();
            }
        }
        return sortedMatches(search);
    }

    @SuppressWarnings("unchecked")
    private List<Patient> sortedMatches(PatientSearch search) {
        StringBuilder sql = new StringBuilder("select p.* from patient p where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!search.includeVoided()) {
            sql.append(" and p.voided_at is null");
        }
        for (String token : search.nameTokens()) {
            sql.append(" and p.id in (select t.patient_id from patient_name_token t where t.token like ?)");
            parameters.add(token + "%");
        }
        if (search.birthDate() != null) {
            sql.append(" and p.birth_date = ?");
            parameters.add(search.birthDate());
        }
        if (search.identifier() != null) {
            sql.append(" and (p.mrn = ? or p.national_id = ?)");
            parameters.add(search.identifier());
            parameters.add(search.identifier());
        }
        sql.append(" order by p.sort_name, p.id limit ? offset ?");
        parameters.add(search.size() + 1);
        parameters.add(search.page() * search.size());
        Query query = em.createNativeQuery(sql.toString(), Patient.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    @Override
    public Optional<Patient> findByNationalId(String nationalId) {
        return em.createQuery("select p from Patient p where p.nationalId = :id and p.voidedAt is null",
                Patient.class).setParameter("id", nationalId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public String nextMrn(String hospitalId) {
        Number next = (Number) em.createNativeQuery("select nextval(patient_mrn_seq)").getSingleResult();
        return String.format("%s-%07d", hospitalId, next.longValue());
    }

    @Override
    public void store(Patient patient) {
        em.persist(patient);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(e);
        }
    }
}
