/**
 * What the API document at {@code /openapi} needs beyond Payara's scan of the resources' annotations: the schemas of
 * the bodies, generated from their Java types, and the corrections made to the document Payara generates.
 */
package org.medmesh.interfaces.rest.openapi;
