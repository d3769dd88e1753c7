/**
 * The REST API of a hospital node under /api/v1: bearer tokens (MicroProfile JWT), JSON-B, problem+json errors.
 */
package org.medmesh.interfaces.rest;
