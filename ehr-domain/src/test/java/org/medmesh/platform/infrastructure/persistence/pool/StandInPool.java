package org.medmesh.platform.infrastructure.persistence.pool;

import java.util.ArrayList;
import java.util.List;

/** A pool with the members of Payara's {@code ConnectionPool} that the metrics use, and nothing else. */
public class StandInPool {

    /** The shape of Payara's {@code PoolLifeCycleListener}, in part. */
    public interface Listener {

        void connectionTimedOut();

        void connectionUsed(long resourceHandleId);
    }

    /** A listener that notes what it heard. */
    public static final class Recording implements Listener {

        final List<String> heard = new ArrayList<>();

        @Override
        public void connectionTimedOut() {
            heard.add("timed out");
        }

        @Override
        public void connectionUsed(long resourceHandleId) {
            heard.add("used " + resourceHandleId);
        }
    }

    public record Status(int used, int free) {

        public int getNumConnUsed() {
            return used;
        }

        public int getNumConnFree() {
            return free;
        }
    }

    public record WaitQueue(int length) {

        public int getQueueLength() {
            return length;
        }
    }

    protected Listener poolLifeCycleListener;

    public void setPoolLifeCycleListener(Listener listener) {
        poolLifeCycleListener = listener;
    }

    public Status getPoolStatus() {
        return new Status(3, 5);
    }

    public WaitQueue getPoolWaitQueue() {
        return new WaitQueue(2);
    }

    public int getMaxPoolSize() {
        return 32;
    }

    /** What the pool does when a request's wait time expires. */
    void timeOut() {
        if (poolLifeCycleListener != null) {
            poolLifeCycleListener.connectionTimedOut();
        }
    }

    void use(long handle) {
        if (poolLifeCycleListener != null) {
            poolLifeCycleListener.connectionUsed(handle);
        }
    }
}
