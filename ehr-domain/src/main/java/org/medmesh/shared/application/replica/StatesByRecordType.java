package org.medmesh.shared.application.replica;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.medmesh.shared.domain.model.ReplicatedRecord;

/** A context's {@link ReplicaStates}, one state factory per record class it owns. */
public abstract class StatesByRecordType implements ReplicaStates {

    /** How the state of one record class is made. */
    public record StateOf<T extends ReplicatedRecord>(Class<T> type, Function<T, ? extends ReplicaState> factory) {

        Optional<ReplicaState> of(ReplicatedRecord record) {
            return type.isInstance(record) ? Optional.of(factory.apply(type.cast(record))) : Optional.empty();
        }
    }

    private final List<StateOf<?>> states;

    protected StatesByRecordType(List<StateOf<?>> states) {
        this.states = List.copyOf(states);
    }

    protected static <T extends ReplicatedRecord> StateOf<T> state(Class<T> type,
            Function<T, ? extends ReplicaState> factory) {
        return new StateOf<>(type, factory);
    }

    @Override
    public Optional<ReplicaState> of(ReplicatedRecord record) {
        for (StateOf<?> state : states) {
            Optional<ReplicaState> found = state.of(record);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
