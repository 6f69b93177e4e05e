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
 *
 *   node src/tools/build.js --example      (npm run build:example; `npm test` runs it before jest)
 *
 * builds the example production build that test/bundle/production-build.test.ts checks (base URL
 * https://addins.example.dk/spg/) into node_modules/.cache/secure-post-guard/production-example,
 * with a stamp beside it naming the base URL and a digest of every input (src/, assets/, the
 * manifests, webpack.config.js, tsconfig.json, package.json, package-lock.json). That test uses
 * the folder only while the digest still matches, and otherwise builds into a scratch directory
 * itself, so `npx jest test/bundle/production-build.test.ts` works alone and never checks a stale
 * build. Why: webpack over the whole add-in (pdf.js included) takes 50-100 s; inside jest it ran
 * while the other suites held both cores, and it is now one serial step before jest. The step is
 * skipped when the stamp is already current.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");

// The example production build (see the top of this file).
const EXAMPLE_BASE_URL = "https://addins.example.dk/spg/";
const EXAMPLE_OUT = path.join(ROOT, "node_modules", ".cache", "secure-post-guard", "production-example");
const EXAMPLE_STAMP = `${EXAMPLE_OUT}.stamp.json`;
// What a web build reads besides node_modules (whose versions package-lock.json pins).
const INPUT_DIRS = ["src", "assets"];
const INPUT_FILES = /^(manifest(\.[a-z]{2}(-[a-z0-9]+)*)?\.(xml|json)|webpack\.config\.js|tsconfig\.json|package(-lock)?\.json)$/i;

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

function run(label, script, args, env = process.env) {
  const r = spawnSync(process.execPath, [require.resolve(script, { paths: [ROOT] }), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env,
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

function listInputs(rel) {
  const abs = path.join(ROOT, rel);
  if (!fs.statSync(abs).isDirectory()) return [rel];
  return fs
    .readdirSync(abs)
    .sort()
    .flatMap((name) => listInputs(path.posix.join(rel, name)));
}

/** sha256 over the base URL and every input file's path and bytes, in a fixed order. */
function inputsDigest(baseUrl) {
  const hash = crypto.createHash("sha256");
  hash.update(`${baseUrl}\0`);
  const top = fs.readdirSync(ROOT).filter((f) => INPUT_FILES.test(f) && fs.statSync(path.join(ROOT, f)).isFile());
  for (const rel of [...INPUT_DIRS.flatMap(listInputs), ...top.sort()]) {
    hash.update(`${rel}\0`);
    hash.update(crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, rel))).digest());
  }
  return hash.digest("hex");
}

/**
 * The example production build's folder when its stamp matches the current inputs, else null
 * (never built, built from other sources, or interrupted: the stamp is written last).
 */
function freshExampleBuild(baseUrl = EXAMPLE_BASE_URL) {
  try {
    const stamp = JSON.parse(fs.readFileSync(EXAMPLE_STAMP, "utf8"));
    if (stamp.baseUrl !== baseUrl || !fs.existsSync(path.join(EXAMPLE_OUT, "manifest.xml"))) return null;
    return stamp.digest === inputsDigest(baseUrl) ? EXAMPLE_OUT : null;
  } catch {
    return null;
  }
}

function buildExample() {
  if (freshExampleBuild()) {
    console.log(`Example production build is up to date: ${path.relative(ROOT, EXAMPLE_OUT)}`);
    return;
  }
  fs.rmSync(EXAMPLE_STAMP, { force: true });
  const digest = inputsDigest(EXAMPLE_BASE_URL);
  const started = Date.now();
  run(
    "webpack (example production build)",
    "webpack-cli/bin/cli.js",
    ["--mode", "production", "--env", `baseUrl=${EXAMPLE_BASE_URL}`, "--env", `outDir=${EXAMPLE_OUT}`],
    { ...process.env, SPG_BASE_URL: "" },
  );
  fs.writeFileSync(EXAMPLE_STAMP, `${JSON.stringify({ baseUrl: EXAMPLE_BASE_URL, digest }, null, 2)}\n`);
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`Example production build for ${EXAMPLE_BASE_URL} written to ${path.relative(ROOT, EXAMPLE_OUT)} (${secs} s)`);
}

function main() {
  if (process.argv.includes("--example")) {
    if (process.argv.length !== 3) {
      console.error("--example takes no other options");
      process.exit(2);
    }
    buildExample();
    return;
  }
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

module.exports = { envArgs, inputsDigest, freshExampleBuild, EXAMPLE_BASE_URL, EXAMPLE_OUT, EXAMPLE_STAMP };

if (require.main === module) main();
