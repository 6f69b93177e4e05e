#!/usr/bin/env node
/*
 * `npm run build` / `npm run build:dev`: webpack (the add-in's web files), then tsc (the CLI,
 * into dist/node).
 *
 *   npm run build -- --env baseUrl=https://addins.example.dk/spg/ [--env outDir=DIR]
 *   SPG_BASE_URL=https://addins.example.dk/spg/ npm run build
 *
 * A script instead of `webpack ... && tsc ...` in package.json because npm appends the arguments
 * after `--` to the end of the script line: they reached tsc, and webpack built for localhost.
 * Every argument goes to webpack; the mode defaults to production.
 *
 * With --env outDir=DIR only the web files are built, into DIR: the CLI's output directory is
 * fixed by src/cli/tsconfig.json (dist/node), and a build into a scratch directory (the tests do
 * this) must not rewrite dist/ under suites that read it.
 */
"use strict";

const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");

/** The values of `--env key=value` / `--env=key=value` arguments, as webpack-cli reads them. */
function envArgs(args) {
  const env = {};
  for (let i = 0; i < args.length; i++) {
    let spec = null;
    if (args[i] === "--env") spec = args[++i];
    else if (args[i].startsWith("--env=")) spec = args[i].slice("--env=".length);
    if (spec == null) continue;
    const eq = spec.indexOf("=");
    env[eq < 0 ? spec : spec.slice(0, eq)] = eq < 0 ? true : spec.slice(eq + 1);
  }
  return env;
}

function run(label, script, args) {
  const r = spawnSync(process.execPath, [require.resolve(script, { paths: [ROOT] }), ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status === null ? r.signal : r.status})`);
    process.exit(r.status || 1);
  }
}

/** outDir relative to where the command was typed, not to the repo root webpack runs in. */
function absoluteOutDir(args) {
  return args.map((a, i) => {
    const spec = a.startsWith("--env=") ? a.slice("--env=".length) : args[i - 1] === "--env" ? a : null;
    if (spec == null || !spec.startsWith("outDir=")) return a;
    const abs = `outDir=${path.resolve(spec.slice("outDir=".length))}`;
    return a.startsWith("--env=") ? `--env=${abs}` : abs;
  });
}

function main() {
  const args = absoluteOutDir(process.argv.slice(2));
  const hasMode = args.some((a) => a === "--mode" || a.startsWith("--mode="));
  const env = envArgs(args);
  run("webpack", "webpack-cli/bin/cli.js", [...(hasMode ? [] : ["--mode", "production"]), ...args]);
  if (env.outDir) {
    console.log(`Web files written to ${env.outDir} (the CLI is built only into dist/node).`);
    return;
  }
  run("tsc (CLI)", "typescript/bin/tsc", ["-p", "src/cli/tsconfig.json"]);
}

module.exports = { envArgs };

if (require.main === module) main();
