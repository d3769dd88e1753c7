package org.medmesh.platform.infrastructure.persistence.pool;

import java.util.Optional;

/**
 * Finds the pool Payara made for a {@code @DataSourceDefinition} of this application, by the name Payara gives it, in
 * Payara's pool manager ({@code ConnectorRuntime.getRuntime().getPoolManager().getPool(PoolInfo)}). Reflection keeps
 * Payara's classes off the compile classpath; outside Payara the classes are missing and nothing is found.
 *
 * <p>
 * Read from Payara 6.2025.10: {@code DataSourceDefinitionDeployer} names the pool with
 * {@code ConnectorsUtil.deriveResourceName(resourceId, name, DSDPOOL)}, the resource id of a {@code java:app} name
 * being the application's name (what {@code java:app/AppName} gives).
 */
final class PayaraPools {

    private static final String CONNECTOR_RUNTIME = "com.sun.enterprise.connectors.ConnectorRuntime";
    private static final String POOL_MANAGER = "com.sun.enterprise.resource.pool.PoolManager";
    private static final String POOL_INFO = "org.glassfish.resourcebase.resources.api.PoolInfo";

    private PayaraPools() {
    }

    /** Payara's name for the pool of the data source {@code jndiName} ({@code java:app/…}) of {@code application}. */
    static String poolName(String application, String jndiName) {
        return "__SYSTEM/pools/__datasource_definition/" + application + "/" + jndiName;
    }

    /** The pool of that name, or empty while Payara has made none. */
    static Optional<Object> find(String poolName) throws ReflectiveOperationException {
        ClassLoader loader = PayaraPools.class.getClassLoader();
        Class<?> runtimeType = Class.forName(CONNECTOR_RUNTIME, false, loader);
        Class<?> managerType = Class.forName(POOL_MANAGER, false, loader);
        Class<?> infoType = Class.forName(POOL_INFO, false, loader);
        Object runtime = runtimeType.getMethod("getRuntime").invoke(null);
        Object manager = runtimeType.getMethod("getPoolManager").invoke(runtime);
        Object info = infoType.getConstructor(String.class).newInstance(poolName);
        return Optional.ofNullable(managerType.getMethod("getPool", infoType).invoke(manager, info));
    }
}
