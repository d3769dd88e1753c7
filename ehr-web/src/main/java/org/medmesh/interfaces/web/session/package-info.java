/** Signing in and out of the pages, and who is signed in. */
package org.medmesh.interfaces.web.session;
