/**
 * Who is calling: the application's one authentication mechanism (bearer tokens for the API, a signed-in session for
 * pages), the session's content and the sign-in redirect.
 */
package org.medmesh.interfaces.web.security;
