/**
 * Default implementations of the identity services, password hashing and the demo-account bootstrap.
 */
package org.medmesh.identity.application.internal;
