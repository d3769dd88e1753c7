/**
 * What the module's tests share: the inter-hospital channel's keys and certificates, made as the launcher makes them.
 */
package org.medmesh.sync.testsupport;
