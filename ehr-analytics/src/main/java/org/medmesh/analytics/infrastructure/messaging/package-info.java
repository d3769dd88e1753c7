/**
 * The {@code patient_updates} topic on the hospital's Artemis broker: the feed's publisher and the risk bean's consumer
 * (a shared durable subscription), the only code of the module that sees JMS.
 */
package org.medmesh.analytics.infrastructure.messaging;
