// Appends the Playwright run's totals to CONTACTLY_TOTALS_FILE (see jest-totals-reporter.cjs).
const { appendFileSync } = require('node:fs');

class TotalsReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onEnd() {
    const file = process.env.CONTACTLY_TOTALS_FILE;
    if (!file) return;
    const totals = { runner: 'playwright (chromium)', passed: 0, failed: 0, skipped: 0 };
    for (const test of this.suite.allTests()) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') totals.passed += 1;
      else if (outcome === 'skipped') totals.skipped += 1;
      else totals.failed += 1;
    }
    appendFileSync(file, `${JSON.stringify(totals)}\n`);
  }

  printsToStdio() {
    return false;
  }
}

module.exports = TotalsReporter;
