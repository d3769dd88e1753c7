/**
 * The clinicians' pages (Jakarta Faces, PrimeFaces): patient search and registration, the chart, the dispensing queue,
 * the ward's treatment worklist, conflict review, and the notifications bell. A thin layer over the same application
 * services as the API; every read and write of patient data goes through the pages' audit trail.
 */
package org.medmesh.interfaces.web.ward;
