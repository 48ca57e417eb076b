#!/usr/bin/env node
// Prints the plain closing line CI reads, "N passed, N failed", from vitest's JSON report.
// usage: node test/summary.js REPORT.json
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'node_modules/.cache/extract/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(`tests: no report at ${file} (${error.code ?? error.message})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// a test file that fails to load has no failed assertion but is not a pass either
const loadErrors = (report.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')).length;
const failed = (report.numFailedTests ?? 0) + loadErrors;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(report.success ? 0 : 1);
