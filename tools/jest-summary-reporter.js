/**
 * Prints the closing line CI reads, "N passed, N failed, N skipped", as the run's very last line.
 * A suite that cannot run at all counts as failed.
 */
module.exports = class SummaryReporter {
  onRunComplete(_contexts, r) {
    const line = `${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed, ${r.numPendingTests} skipped`;
    process.once("exit", () => process.stderr.write(`${line}\n`));
  }
};
