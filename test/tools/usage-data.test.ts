// The office-addin tools (office-addin-dev-certs in `npm start`, office-addin-manifest and the
// converter in the tests) must send no usage data.
//
// What actually decides it, read from office-addin-usage-data itself:
// - 3.x (installed here): reporting is removed; every report* call is a no-op, isUsageDataOn() is
//   always false, and the package no longer depends on applicationinsights.
// - 1.x/2.x: the level came from ~/office-addin-usage-data.json
//   ({"usageDataInstances": {"office-addin-usage-data": {"usageDataLevel": "off"}}}, written by
//   `npx office-addin-usage-data off`), default off when the tools do not prompt. No environment
//   variable was ever read: OFFICE_ADDIN_USAGE_DATA_OPT_IN, which start.js and .ci/run used to
//   set, does nothing.
// So the guarantee is the version: these tests fail if a lockfile change brings back a version
// that can report, or a telemetry client at all.

import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

function major(version: string): number {
  return Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
}

test("every office-addin-usage-data in the lockfile is 3.x or later (reporting removed)", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const copies = Object.entries(lock.packages as Record<string, { version: string }>).filter(([p]) =>
    /(^|\/)node_modules\/office-addin-usage-data$/.test(p),
  );
  expect(copies.length).toBeGreaterThan(0);
  for (const [p, { version }] of copies) expect({ p, version, ok: major(version) >= 3 }).toEqual({ p, version, ok: true });
});

test("no telemetry client is installed at all", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const clients = Object.keys(lock.packages).filter((p) => /node_modules\/(applicationinsights|@microsoft\/applicationinsights-)/i.test(p));
  expect(clients).toEqual([]);
});

test("the installed copy reports nothing: usage data off and the report calls are no-ops", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const usage = require("office-addin-usage-data");
  const source = fs.readFileSync(require.resolve("office-addin-usage-data/lib/usageData.js"), "utf8");
  // It loads nothing but its own files: no telemetry client, no http(s).
  const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  expect(required.filter((m) => !m.startsWith("./"))).toEqual([]);
  const data = new usage.OfficeAddinUsageData({ projectName: "spg-test", instrumentationKey: "x", raisePrompt: false });
  expect(data.isUsageDataOn()).toBe(false);
  expect(data.getUsageDataLevel()).toBe("off");
  data.reportSuccess("probe");
  data.reportException("probe", new Error("probe"));
  await data.reportEvent("probe", {});
  expect([data.getEventsSent(), data.getExceptionsSent()]).toEqual([0, 0]);
});

test("the tools this repo runs use that copy, with usage data off", () => {
  for (const tool of ["office-addin-dev-certs", "office-addin-manifest"]) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const defaults = require(`${tool}/lib/defaults`);
    expect({ tool, on: defaults.usageDataObject.isUsageDataOn() }).toEqual({ tool, on: false });
  }
  expect(require.resolve("office-addin-usage-data", { paths: [path.dirname(require.resolve("office-addin-dev-certs/package.json"))] })).toBe(
    require.resolve("office-addin-usage-data"),
  );
});

test("nothing pretends an environment variable turns it off", () => {
  // A setting that does nothing reads like a safeguard; keep it out of the scripts.
  for (const file of ["src/tools/start.js", ".ci/run", "package.json"]) {
    expect({ file, mentions: fs.readFileSync(path.join(ROOT, file), "utf8").includes("OFFICE_ADDIN_USAGE_DATA_OPT_IN") }).toEqual({
      file,
      mentions: false,
    });
  }
});
