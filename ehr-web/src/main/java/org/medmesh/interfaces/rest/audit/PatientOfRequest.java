package org.medmesh.interfaces.rest.audit;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Which patient a request concerned, which others its answer exposed, and its path with the ids taken out. */
final class PatientOfRequest {

    /** At most this many exposed patients are recorded for one answer (a page is far smaller). */
    static final int MAX_EXPOSED = 1000;
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PatientOfRequest() {
    }

    /**
     * From {@code patients/{id}...}, else the {@code patient} query parameter, else the answer's {@code patientId} (a
     * record returned by the API, e.g. an observation). Null when none names a single patient.
     */
    static UUID find(String path, String patientParameter, Object answer) {
        String[] segments = path.split("/");
        if (segments.length > 1 && segments[0].equals("patients")) {
            UUID id = parse(segments[1]);
            if (id != null) {
                return id;
            }
        }
        UUID fromQuery = parse(patientParameter);
        if (fromQuery != null) {
            return fromQuery;
        }
        if (answer == null) {
            return null;
        }
        return idOf(answer, patientAccessor(segments));
    }

    /**
     * The patients a list or search answer showed, besides {@code subject}: of each element of the answer (a
     * collection, or a page's {@code items()}), its {@code patientId()}, or, on {@code patients} (the patient search),
     * its {@code id()}. Distinct, at most {@value #MAX_EXPOSED}; empty for any other answer.
     */
    static List<UUID> exposed(String path, Object answer, UUID subject) {
        String accessor = patientAccessor(path.split("/"));
        return elementsOf(answer).stream().map(element -> idOf(element, accessor)).filter(Objects::nonNull)
                .filter(id -> !id.equals(subject)).distinct().limit(MAX_EXPOSED).toList();
    }

    static String withoutIds(String path) {
        return UUID_SEGMENT.matcher(path).replaceAll("{id}");
    }

    /**
     * On {@code patients} itself an answer is a patient, named by its {@code id}; elsewhere by its {@code patientId}.
     */
    private static String patientAccessor(String[] segments) {
        return segments.length == 1 && segments[0].equals("patients") ? "id" : "patientId";
    }

    private static Collection<?> elementsOf(Object answer) {
        if (answer instanceof Collection<?> elements) {
            return elements;
        }
        return answer != null && call(answer, "items") instanceof Collection<?> items ? items : List.of();
    }

    private static UUID idOf(Object answer, String accessor) {
        Object value = call(answer, accessor);
        return value == null
                ? null
                : parse(value instanceof UUID id
                        ? id.toString()
                        : String.valueOf(
                                valueOf(value)));
    }

    /** The value of the object's public no-argument method, or null when it has none or it fails. */
    private static Object call(Object object, String method) {
        try {
            Method accessor = object.getClass().getMethod(method);
            return accessor.invoke(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** An id type such as PatientId(UUID value) is unwrapped through its {@code value()}. */
    private static Object valueOf(Object id) {
        Object value = call(id, "value");
        return value == null ? id : value;
    }

    private static UUID parse(String text) {
        if (text == null || !UUID_SEGMENT.matcher(text).matches()) {
            return null;
        }
        return UUID.fromString(text);
    }
}
