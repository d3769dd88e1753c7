/**
 * Staff accounts and their roles (doctor, nurse, pharmacist, admin), the password and sign-in lockout rules.
 */
package org.medmesh.identity.domain.model;
