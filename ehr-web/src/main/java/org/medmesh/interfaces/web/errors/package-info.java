/**
 * The node's answer to every error that no resource answered itself (an unknown path, a method not allowed, a failure
 * before the API is reached): a problem document, never the application server's page, which names it and its version.
 */
package org.medmesh.interfaces.web.errors;
