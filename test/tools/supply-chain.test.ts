// The supply chain of what ships: the lockfile is committed and decides every version; the
// production dependency tree runs no install script; and the versions it pins are at or above
// the fixes of the advisories known for these packages. `npm audit --omit=dev` (npm run audit)
// is the full check, but its advisory endpoint cannot be reached from this workplace (the
// registry answers 405), so the known advisories are held here as floors, offline.

import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const lock = require(path.join(ROOT, "package-lock.json"));
const pkg = require(path.join(ROOT, "package.json"));

/** Production packages (not dev-only) in the lockfile, by install path. */
function production(): { [where: string]: { version: string; hasInstallScript?: boolean } } {
  const out: { [where: string]: { version: string; hasInstallScript?: boolean } } = {};
  for (const where in lock.packages) {
    const p = lock.packages[where];
    if (where && !p.dev && !p.devOptional) out[where] = p;
  }
  return out;
}

function atLeast(version: string, floor: string): boolean {
  const a = version.split(/[.-]/).map(Number);
  const b = floor.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/** Advisories known for packages in the production tree, with their first fixed version. */
const FLOORS: { name: string; fixed: string; advisory: string }[] = [
  { name: "fflate", fixed: "0.8.3", advisory: "GHSA-px8p-9vwx-vf98 (unzipSync loops on a crafted ZIP64 archive)" },
  { name: "fast-uri", fixed: "3.1.6", advisory: "GHSA-jqff-g426-hqxp, GHSA-fph4-wmhf-6fwf, GHSA-f65p-4m7j-42xc, GHSA-5jgf-p345-68v8 (via ajv)" },
  { name: "pdfjs-dist", fixed: "4.2.67", advisory: "GHSA-wgrm-67xf-hhpq (script execution from a malicious PDF)" },
];

test("the lockfile is committed and lists every production dependency", () => {
  const tracked = execFileSync("git", ["ls-files", "package-lock.json"], { cwd: ROOT, encoding: "utf8" }).trim();
  expect(tracked).toBe("package-lock.json");
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  const prod = production();
  for (const name of Object.keys(pkg.dependencies)) expect(prod["node_modules/" + name]).toBeDefined();
});

test("no production package runs an install script", () => {
  const prod = production();
  expect(Object.keys(prod).filter((w) => prod[w].hasInstallScript)).toEqual([]);
});

test.each(FLOORS)("$name is at or above the fix of $advisory", ({ name, fixed }) => {
  const prod = production();
  const copies = Object.keys(prod).filter((w) => w === "node_modules/" + name || w.endsWith("/node_modules/" + name));
  expect(copies.length).toBeGreaterThan(0);
  for (const w of copies) expect({ where: w, ok: atLeast(prod[w].version, fixed) }).toEqual({ where: w, ok: true });
});

test("the version check itself orders versions", () => {
  expect(atLeast("0.8.2", "0.8.3")).toBe(false);
  expect(atLeast("3.1.9", "3.1.6")).toBe(true);
  expect(atLeast("5.5.207", "4.2.67")).toBe(true);
});
