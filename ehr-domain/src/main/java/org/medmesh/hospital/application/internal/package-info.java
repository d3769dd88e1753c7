/**
 * Configuration-backed implementation of this hospital's profile.
 */
package org.medmesh.hospital.application.internal;
