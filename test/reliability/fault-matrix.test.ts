/**
 * @jest-environment jsdom
 */
// The fault matrix (fault-matrix.ts) as a suite: one test per path, each asserting every cell.
// The figures go to test-results/reliability.json for `npm run reliability` and the README.

import * as fs from "fs";
import * as path from "path";
import { CellResult, useTaskpanePage, PATH_NAMES, runPath, summarise } from "./fault-matrix";

const results: CellResult[] = [];

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(new Date("2026-11-28T10:00:00Z"));
  useTaskpanePage(fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8"));
});
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

afterAll(() => {
  const dir = path.join(__dirname, "../../test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "reliability.json"), JSON.stringify({ summary: summarise(results), cells: results }, null, 1));
});

function label(c: CellResult): string {
  return `${c.path} / ${c.scenario} / ${c.method} ${c.how}`;
}

describe.each(PATH_NAMES)("%s", (name) => {
  test("every Office call it makes, every misbehaviour: sound", async () => {
    const cells = await runPath(name);
    results.push(...cells);
    // Each path has its clean run plus at least one faulted call.
    expect(cells.length).toBeGreaterThan(4);
    const problems: string[] = [];
    for (const c of cells) {
      if (c.completions !== null && c.completions !== 1) problems.push(`${label(c)}: completed ${c.completions} times`);
      if (c.explicitAllow === false) problems.push(`${label(c)}: completed without an explicit allowEvent`);
      if (c.withinWatchdog === false) problems.push(`${label(c)}: completed after the watchdog`);
      for (const s of c.sends) {
        if (s.completions !== 1 || !s.explicitAllow) problems.push(`${label(c)}: ${s.when} Send completed ${s.completions} times`);
        if (!s.withinWatchdog) problems.push(`${label(c)}: ${s.when} Send answered after the watchdog`);
        if (s.insecure) problems.push(`${label(c)}: ${s.when} Send let personal data go without verified markers`);
        if (!s.told) problems.push(`${label(c)}: ${s.when} Send blocked without saying why`);
      }
      if (!c.told) problems.push(`${label(c)}: failed (${c.note}) without telling the user`);
      if (c.falseClaim) problems.push(`${label(c)}: says armed while the item has no marker`);
      if (c.leaks.length) problems.push(`${label(c)}: a full CPR number in a text`);
    }
    expect(problems).toEqual([]);
  });
});
