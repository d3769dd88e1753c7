package org.medmesh.identity.domain.model;

import java.util.Optional;

import org.medmesh.shared.domain.model.Repository;

/** Failed sign-in counts by submitted username. */
@Repository
public interface SignInFailureRepository {

    /** The row for this username, created if missing and locked for update until the transaction ends. */
    SignInFailure lockFor(String username);

    Optional<SignInFailure> find(String username);

    /** Forgets the failures and any lock (after a successful sign-in, or an admin's unlock). */
    void clear(String username);
}
