package org.medmesh.interfaces.rest.audit;

import java.lang.reflect.Method;
import java.util.UUID;
import java.util.regex.Pattern;

/** Which patient a request concerned, and its path with the ids taken out. */
final class PatientOfRequest {

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
        if (answer != null && segments[0].equals("patients") && segments.length == 1) {
            return idOf(answer, "id");
        }
        return answer == null ? null : idOf(answer, "patientId");
    }

    static String withoutIds(String path) {
        return UUID_SEGMENT.matcher(path).replaceAll("{id}");
    }

    private static UUID idOf(Object answer, String accessor) {
        try {
            Method method = answer.getClass().getMethod(accessor);
            Object value = method.invoke(answer);
            return value == null
                    ? null
                    : parse(value instanceof UUID id
                            ? id.toString()
                            : String.valueOf(
                                    valueOf(value)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** An id type such as PatientId(UUID value) is unwrapped through its {@code value()}. */
    private static Object valueOf(Object id) throws ReflectiveOperationException {
        try {
            return id.getClass().getMethod("value").invoke(id);
        } catch (NoSuchMethodException e) {
            return id;
        }
    }

    private static UUID parse(String text) {
        if (text == null || !UUID_SEGMENT.matcher(text).matches()) {
            return null;
        }
        return UUID.fromString(text);
    }
}
