package org.medmesh.platform.infrastructure.persistence.pool;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.logging.Logger;

/**
 * Counts the connection requests a Payara pool gives up on (its max-wait-time expired). A pool tells one listener of
 * its events ({@code setPoolLifeCycleListener}, {@code connectionTimedOut()} among them); this one stands in for the
 * listener it finds there (none, for a pool an application defines) and passes every call on to it, so whatever
 * listened before still hears everything. Counting never throws into the pool.
 */
final class PoolTimeouts implements InvocationHandler {

    private static final Logger LOG = Logger.getLogger(PoolTimeouts.class.getName());
    private static final String SETTER = "setPoolLifeCycleListener";
    private static final String FIELD = "poolLifeCycleListener";
    private static final String TIMED_OUT = "connectionTimedOut";

    private final Object pool;
    private final Method setter;
    private final Field field;
    private final Object previous;
    private final Runnable onTimeout;
    private final Object listener;

    private PoolTimeouts(Object pool, Method setter, Field field, Runnable onTimeout) throws IllegalAccessException {
        this.pool = pool;
        this.setter = setter;
        this.field = field;
        this.previous = field.get(pool);
        this.onTimeout = onTimeout;
        Class<?> type = setter.getParameterTypes()[0];
        this.listener = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, this);
    }

    /** Starts counting the pool's time-outs with {@code onTimeout}, until {@link #stop()}. */
    static PoolTimeouts watch(Object pool, Runnable onTimeout) throws ReflectiveOperationException {
        Method setter = setterOf(pool.getClass());
        Field field = fieldOf(pool.getClass());
        field.setAccessible(true);
        PoolTimeouts timeouts = new PoolTimeouts(pool, setter, field, onTimeout);
        setter.invoke(pool, timeouts.listener);
        return timeouts;
    }

    boolean watches(Object candidate) {
        return pool == candidate;
    }

    /** Gives the pool its earlier listener back, unless another has taken this one's place since. */
    void stop() throws ReflectiveOperationException {
        if (field.get(pool) == listener) {
            setter.invoke(pool, previous);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.getName().equals(TIMED_OUT)) {
            count();
        }
        if (previous == null) {
            return null;
        }
        try {
            return method.invoke(previous, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void count() {
        try {
            onTimeout.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "A connection time-out of the database pool was not counted: " + e);
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "time-outs of " + pool;
        };
    }

    private static Method setterOf(Class<?> type) throws NoSuchMethodException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(SETTER) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + SETTER);
    }

    private static Field fieldOf(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(FIELD)) {
                    return field;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + FIELD);
    }
}
