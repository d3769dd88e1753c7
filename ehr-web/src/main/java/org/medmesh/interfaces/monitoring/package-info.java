/**
 * What operators watch of the node's own traffic: requests, errors and latency per endpoint group, as MicroProfile
 * metrics present from start-up, labelled only by fixed names (never by a path, an id or anything of a patient), and
 * served only to the holder of the hospital's scrape token.
 */
package org.medmesh.interfaces.monitoring;
