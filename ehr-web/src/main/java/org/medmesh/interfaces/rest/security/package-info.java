/**
 * Bearer-token sign-in for the API (a Jakarta Security authentication mechanism over the identity services) and the
 * role checks declared on resources.
 */
package org.medmesh.interfaces.rest.security;
