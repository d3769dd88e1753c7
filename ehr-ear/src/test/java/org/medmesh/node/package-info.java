/**
 * In-container tests: the real EAR deployed on Payara Server (Arquillian) against a private MariaDB.
 */
package org.medmesh.node;
