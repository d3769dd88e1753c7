/** What a benchmark run measured: CSV files, plots (XChart) and the Markdown report. */
package org.medmesh.bench.report;
