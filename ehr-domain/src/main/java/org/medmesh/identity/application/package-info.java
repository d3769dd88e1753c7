/**
 * Authentication and staff-account services; authorization is declared on each operation.
 */
package org.medmesh.identity.application;
