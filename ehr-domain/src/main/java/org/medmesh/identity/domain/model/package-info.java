/**
 * Staff accounts and their clinical roles (doctor, nurse, pharmacist, admin).
 */
package org.medmesh.identity.domain.model;
