package org.medmesh.platform.infrastructure.persistence.pool;

/**
 * A pool's state at one moment, read from Payara's pool ({@code ResourcePool}): connections handed out and idle
 * ({@code getPoolStatus()}, counted from the pool's own lists), requests waiting for one ({@code getPoolWaitQueue()})
 * and the most connections it may open ({@code getMaxPoolSize()}).
 */
record PoolFigures(int inUse, int idle, int waiting, int maximum) {

    static PoolFigures of(Object pool) throws ReflectiveOperationException {
        Object status = call(pool, "getPoolStatus");
        Object queue = call(pool, "getPoolWaitQueue");
        return new PoolFigures((Integer) call(status, "getNumConnUsed"), (Integer) call(status, "getNumConnFree"),
                (Integer) call(queue, "getQueueLength"), (Integer) call(pool, "getMaxPoolSize"));
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
