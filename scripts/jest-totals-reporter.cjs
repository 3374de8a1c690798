// Appends this Jest run's totals ({"runner":"jest","passed":N,"failed":N,"skipped":N}) to the file
// named by CONTACTLY_TOTALS_FILE, so .ci/run can add up every suite it runs into one line.
const { appendFileSync } = require('node:fs');

module.exports = class TotalsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CONTACTLY_TOTALS_FILE;
    if (!file) return;
    const totals = {
      runner: `jest ${process.env.CONTACTLY_SUITE_LABEL ?? ''}`.trim(),
      passed: results.numPassedTests,
      // A file that fails to load counts as a failure even though no test in it ran.
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(file, `${JSON.stringify(totals)}\n`);
  }
};
