// Prints the plain closing line CI reads ("N passed, N failed, N skipped"), after jest's own summary.
// Before it: ONE line per reason for skipped checks. A file whose checks cannot run here (e.g. the
// spec conformance, without HighLevel's OpenAPI specs) adds one skipped test titled
// "because <reason>" (test/support/spec.ts SKIP_MESSAGE); the tests skipped in such files are
// counted under that reason, so a clone without the specs reads one line, not a skip per file.
const PREFIX = 'because ';

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const reasons = new Map();
    for (const file of results.testResults) {
      const marker = file.testResults.find((t) => t.status === 'pending' && t.title.startsWith(PREFIX));
      if (!marker) continue;
      const reason = marker.title;
      const skipped = file.testResults.filter((t) => t.status === 'pending').length;
      const r = reasons.get(reason) ?? { files: 0, tests: 0 };
      reasons.set(reason, { files: r.files + 1, tests: r.tests + skipped });
    }
    for (const [reason, { files, tests }] of reasons) {
      process.stdout.write(`\nSkipped ${tests} test${tests === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} ${reason}.\n`);
    }
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
