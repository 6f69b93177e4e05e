/// <reference types="node" />
// When the corpus tools are compiled to a directory outside the repository (/tmp/...), a plain
// `require("fflate")` from the compiled files cannot find the repository's node_modules by
// walking up from their own directory. Importing this module first adds the nearest
// node_modules above the working directory to Node's global lookup paths. Under jest (or any
// run from inside the repository) the packages resolve normally and this does nothing.

import { existsSync } from "fs";
import { dirname, join } from "path";

function resolvable(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch (e) {
    return false;
  }
}

export function ensureNodeModules(): void {
  if (resolvable("fflate")) return;
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, "node_modules", "fflate"))) break;
    const up = dirname(dir);
    if (up === dir) throw new Error("run from the repository root: node_modules with fflate not found");
    dir = up;
  }
  const sep = process.platform === "win32" ? ";" : ":";
  process.env.NODE_PATH = join(dir, "node_modules") + (process.env.NODE_PATH ? sep + process.env.NODE_PATH : "");
  (require("module") as { _initPaths(): void })._initPaths();
}

ensureNodeModules();
