/**
 * In-container tests of patient consent and break-the-glass: refusal at a hospital the patient does not share with,
 * emergency access, its audit flag, expiry and notifications.
 */
package org.medmesh.consent;
