/**
 * Who this hospital is and which peers it talks to, as read from configuration.
 */
package org.medmesh.hospital.application;
