/** Prints the closing line CI reads: "N passed, N failed, N skipped". A suite that cannot run counts as failed. */
module.exports = class SummaryReporter {
  onRunComplete(_contexts, r) {
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed, ${r.numPendingTests} skipped`);
  }
};
