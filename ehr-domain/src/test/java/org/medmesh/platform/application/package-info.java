/** Tests of the background loop the outbox readers run on. */
package org.medmesh.platform.application;
