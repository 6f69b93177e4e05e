#!/usr/bin/env node
// `npm run reliability`: runs the fault matrix (test/reliability) through jest and prints its
// figures: how many cells (path × Office call × misbehaviour), how many Sends were made in them,
// and how many of those let personal data go without verified markers (a silent insecure send;
// it must be 0). Exit code 1 when the suite fails or any figure that must be 0 is not.

"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const out = path.join(root, "test-results", "reliability.json");
fs.rmSync(out, { force: true });
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "test/reliability", "--silent"], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false" },
});
if (!fs.existsSync(out)) {
  console.error("reliability: the fault matrix did not run (no test-results/reliability.json)");
  process.exit(1);
}
const { summary } = JSON.parse(fs.readFileSync(out, "utf8"));
const row = (label, value) => console.log(`${label.padEnd(46)}${String(value).padStart(6)}`);
console.log("\nFault matrix: every Office call on every path × fail / throw / no answer / late / did not stick");
for (const p of Object.keys(summary.byPath)) row(`  cells on ${p}`, summary.byPath[p]);
row("matrix size (cells)", summary.cells);
row("Sends made in the matrix", summary.sends);
row("silent insecure sends (must be 0)", summary.silentInsecureSends);
row("insecure sends of any kind (must be 0)", summary.insecureSends);
row("event.completed not exactly once (must be 0)", summary.notCompletedOnce);
row("completed after the watchdog (must be 0)", summary.lateCompletions);
row("failures the user was not told of (must be 0)", summary.untold);
row("'armed' shown without a marker (must be 0)", summary.falseClaims);
row("full CPR number in a text (must be 0)", summary.leaks);
const bad = ["silentInsecureSends", "insecureSends", "notCompletedOnce", "lateCompletions", "untold", "falseClaims", "leaks"].some((k) => summary[k] !== 0);
process.exit(jest.status !== 0 || bad ? 1 : 0);
