/**
 * The benchmark harness behind {@code bench/run}: starts a three-hospital network with the launcher, runs each scenario
 * beside its limit measured in the same run, and writes CSV, plots and {@code docs/performance.md}.
 */
package org.medmesh.bench;
