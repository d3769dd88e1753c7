/** Tests of the broker adapter, against real embedded Artemis brokers where a broker is involved. */
package org.medmesh.sync.infrastructure.broker;
