package org.medmesh.identity.domain.model;

import java.util.List;
import java.util.Optional;

import org.medmesh.shared.domain.model.Repository;

/** The staff accounts of this hospital. */
@Repository
public interface StaffAccountRepository {

    Optional<StaffAccount> findByUsername(String username);

    Optional<StaffAccount> find(StaffId id);

    List<StaffAccount> findAll();

    void store(StaffAccount account);
}
