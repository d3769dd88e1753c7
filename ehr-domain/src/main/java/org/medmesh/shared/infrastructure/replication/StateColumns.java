package org.medmesh.shared.infrastructure.replication;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.application.replica.StoredIn;

/**
 * The columns of a replicated state type, read from its declaration: each field's {@link StoredIn} column, typed by the
 * field's Java type; a nested record's fields under its name ({@code record.createdAt}, {@code code.system}).
 */
final class StateColumns {

    private static final Map<Class<?>, ColumnKind> KINDS = Map.of(String.class, ColumnKind.TEXT, UUID.class,
            ColumnKind.UUID, Instant.class, ColumnKind.INSTANT, LocalDate.class, ColumnKind.DATE, BigDecimal.class,
            ColumnKind.DECIMAL, int.class, ColumnKind.INTEGER, Integer.class, ColumnKind.INTEGER, boolean.class,
            ColumnKind.BOOLEAN, Boolean.class, ColumnKind.BOOLEAN);

    private StateColumns() {
    }

    static List<FieldColumn> of(Class<? extends ReplicaState> state) {
        List<FieldColumn> columns = new ArrayList<>();
        add(state, "", columns);
        return columns;
    }

    private static void add(Class<?> type, String prefix, List<FieldColumn> columns) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        for (RecordComponent field : type.getRecordComponents()) {
            String path = prefix + field.getName();
            StoredIn column = field.getAnnotation(StoredIn.class);
            if (column != null) {
                columns.add(new FieldColumn(path, column.value(), kindOf(field, type)));
            } else if (field.getType().isRecord()) {
                add(field.getType(), path + ".", columns);
            } else if (!path.equals(ReplicaState.SCHEMA_VERSION_FIELD)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + field.getName()
                        + " is neither stored in a column nor a nested state");
            }
        }
    }

    private static ColumnKind kindOf(RecordComponent field, Class<?> owner) {
        ColumnKind kind = KINDS.get(field.getType());
        if (kind == null) {
            throw new IllegalArgumentException(owner.getSimpleName() + "." + field.getName() + " has type "
                    + field.getType().getSimpleName() + ", which no column kind stores");
        }
        return kind;
    }

    /** The {@code SCHEMA_VERSION} a state type declares. */
    static int versionOf(Class<? extends ReplicaState> state) {
        try {
            return state.getField("SCHEMA_VERSION").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(state.getName() + " declares no public static SCHEMA_VERSION", e);
        }
    }
}
