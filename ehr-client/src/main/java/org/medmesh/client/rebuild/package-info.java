/**
 * The client half of {@code ./ehr rebuild}: asks the peer, through the rebuilt hospital's API, to repair everything,
 * then follows both hospitals' table digests ({@link org.medmesh.client.rebuild.TableDigests}) until they are equal.
 */
package org.medmesh.client.rebuild;
