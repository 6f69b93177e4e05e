#!/usr/bin/env node
/*
 * `npm run package`: one zip of a production build, to unpack into the folder that serves the
 * base URL on any static https host.
 *
 *   npm run build -- --env baseUrl=https://addins.example.dk/spg/
 *   npm run package [-- --dir DIR] [--out DIR]      (defaults: dist/, release/)
 *
 * writes two zips and prints their paths, files and sizes:
 * - release/secure-post-guard-<version>-<host>.zip: the web files, to unpack into the folder that
 *   serves the base URL;
 * - release/secure-post-guard-<version>-<host>-app-package.zip: the app package, for tenants that
 *   deploy the unified manifest (Microsoft 365 admin center, Integrated apps, Upload custom apps).
 *   Microsoft's rule for it: manifest.json at the root of the zip, with the two files its "icons"
 *   name and the localization files its "localizationInfo" names, each at the same relative path
 *   as in the manifest (so assets/icon-192.png is in an assets folder). Exactly those files,
 *   taken from the build (so manifest.json is the one with this host's URLs); the icons must have
 *   the sizes Microsoft requires (color 192x192, outline 32x32), checked from the PNG header.
 * The host is in the names because the URLs are baked into the manifests and bundles: a zip
 * built for a test host must not look like the one for production.
 *
 * Fail closed: only files on the list below go in; a file that is on neither that list nor the
 * skip list stops the packaging (so nothing new ships without someone deciding it should), as
 * does a development build (localhost URLs, playground pages) or a manifest URL with no file.
 * Skipped without a word: dist/node (the CLI) and dist/bench, which tsc writes into dist/.
 * The zip is reproducible: entries sorted, one fixed timestamp.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { zipSync } = require("fflate");

const ROOT = path.resolve(__dirname, "../..");

// What a deployment serves. Paths are relative to the build directory, with '/'.
const SHIPPED = [
  /^(taskpane|commands|support)\.html$/,
  /^(launchevent|taskpane|pdfjs)\.js$/,
  /^[a-z0-9-]+\.js\.LICENSE\.txt$/, // licences webpack extracts from bundled code: they travel with it
  /^manifest\.xml$/,
  /^manifest\.json$/,
  /^manifest\.[a-z]{2}(-[a-z0-9]+)*\.json$/, // the unified manifest's localization files
  /^policy\.json$/,
  /^policy\.schema\.json$/,
  /^notices\.json$/,
  /^assets\/icon-(outline-)?[0-9]+\.png$/,
  // Lets classic Outlook's event runtime fetch policy.json (webpack.config.js says why). Only
  // read at the origin's root: main() prints where it belongs when the base URL has a path.
  /^\.well-known\/microsoft-officeaddins-allowed\.json$/,
];
const WELL_KNOWN = ".well-known/microsoft-officeaddins-allowed.json";
// The unified manifest's app icons and the pixel size each must have.
const APP_ICON_SIZES = { color: 192, outline: 32 };
// Written into dist/ by other steps, never deployed.
const SKIPPED_DIRS = ["node", "bench"];
// Development-only pages: present means the build was for the development host.
const DEV_ONLY = /^playground/;

const FIXED_MTIME = new Date("2000-01-01T00:00:00Z");

function parseArgs(argv) {
  const opts = { dir: path.join(ROOT, "dist"), out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dir" || a === "--out") {
      if (!argv[i + 1]) throw new Error(`${a} needs a directory`);
      opts[a.slice(2)] = path.resolve(argv[++i]);
    } else {
      throw new Error(`unknown option: ${a} (use --dir DIR, --out DIR)`);
    }
  }
  return opts;
}

function listFiles(dir, rel = "") {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!rel && SKIPPED_DIRS.includes(entry.name)) continue;
      out.push(...listFiles(dir, p));
    } else if (entry.isFile()) {
      out.push(p);
    } else {
      throw new Error(`not a regular file: ${p}`);
    }
  }
  return out;
}

/** The base URL the build was made for, read back from its manifest (the runtime page's folder). */
function buildBaseUrl(dir) {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  const m = /<bt:Url id="WebViewRuntime\.Url" DefaultValue="(https:\/\/[^"]+\/)commands\.html"\/>/.exec(xml);
  if (!m) throw new Error("manifest.xml: cannot find the runtime URL (WebViewRuntime.Url)");
  return m[1];
}

/** Every address in the manifests (comments and XML namespaces aside) with the file it needs. */
function checkManifests(dir, baseUrl, files) {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const namespaces = new Set([...xml.matchAll(/\bxmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
  const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !namespaces.has(u));
  const json = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  const origin = new URL(baseUrl).origin;
  const walk = (v, key) => {
    if (typeof v === "string") {
      if (key !== "$schema" && /^https?:\/\//.test(v)) urls.push(v);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
    }
  };
  walk(json, "");
  for (const url of urls) {
    if (url === origin && (json.validDomains || []).includes(url)) continue;
    if (!url.startsWith(baseUrl)) throw new Error(`manifest URL not under ${baseUrl}: ${url}`);
    const file = url.slice(baseUrl.length);
    if (!files.includes(file)) throw new Error(`manifest URL has no file in the build: ${url}`);
  }
}

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(buf) {
  const SIGNATURE = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== SIGNATURE || buf.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * The app package's files: manifest.json and every file it names (icons, localization files),
 * as paths relative to the build directory, which are also their paths in the zip.
 */
function appPackageFiles(dir, files) {
  const json = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  const named = [];
  const icons = json.icons || {};
  for (const [kind, size] of Object.entries(APP_ICON_SIZES)) {
    if (typeof icons[kind] !== "string") throw new Error(`manifest.json: no icons.${kind}`);
    named.push({ what: `icons.${kind}`, file: icons[kind], size });
  }
  for (const [key, value] of Object.entries(icons)) {
    if (!(key in APP_ICON_SIZES)) throw new Error(`manifest.json: icons.${key} is not on the package list (src/tools/package.js)`);
    if (typeof value !== "string") throw new Error(`manifest.json: icons.${key} is not a path`);
  }
  const loc = json.localizationInfo || {};
  if (loc.defaultLanguageFile) named.push({ what: "localizationInfo.defaultLanguageFile", file: loc.defaultLanguageFile });
  for (const lang of loc.additionalLanguages || []) named.push({ what: `localization file for ${lang.languageTag}`, file: lang.file });
  for (const { what, file, size } of named) {
    if (typeof file !== "string" || !/^[a-z0-9_-][a-z0-9_.-]*(\/[a-z0-9_-][a-z0-9_.-]*)*\.(png|json)$/i.test(file) || file.split("/").includes("..")) {
      throw new Error(`manifest.json: ${what} is not a plain relative path: ${file}`);
    }
    if (!files.includes(file)) throw new Error(`manifest.json: ${what} names ${file}, which is not in the build`);
    if (size) {
      let got;
      try {
        got = pngSize(fs.readFileSync(path.join(dir, file)));
      } catch (e) {
        throw new Error(`manifest.json: ${what} (${file}) is ${e.message}`);
      }
      if (got.width !== size || got.height !== size) {
        throw new Error(`manifest.json: ${what} (${file}) is ${got.width}x${got.height}, must be ${size}x${size}`);
      }
    }
  }
  return ["manifest.json", ...new Set(named.map((n) => n.file))].sort();
}

function writeZip(zipPath, dir, names) {
  const entries = {};
  for (const f of names) entries[f] = [fs.readFileSync(path.join(dir, f)), { level: 9, mtime: FIXED_MTIME }];
  const zip = zipSync(entries);
  fs.writeFileSync(zipPath, zip);
  return {
    zipPath,
    bytes: zip.length,
    files: names.map((f) => ({ name: f, bytes: fs.statSync(path.join(dir, f)).size })),
  };
}

function packageBuild(opts) {
  const { dir } = opts;
  if (!fs.existsSync(path.join(dir, "manifest.xml"))) {
    throw new Error(`${dir} has no build (no manifest.xml). Run: npm run build -- --env baseUrl=https://your.host/path/`);
  }
  const baseUrl = buildBaseUrl(dir);
  if (/^https:\/\/localhost[:/]/.test(baseUrl)) {
    throw new Error(
      `${dir} was built for the development host ${baseUrl}. Run: npm run build -- --env baseUrl=https://your.host/path/`,
    );
  }
  const files = listFiles(dir).sort();
  const devOnly = files.filter((f) => DEV_ONLY.test(f));
  if (devOnly.length) throw new Error(`development-only files in ${dir}: ${devOnly.join(", ")}`);
  const unknown = files.filter((f) => !SHIPPED.some((re) => re.test(f)));
  if (unknown.length) {
    throw new Error(`files not on the package list in ${dir}: ${unknown.join(", ")} (src/tools/package.js decides what ships)`);
  }
  checkManifests(dir, baseUrl, files);
  const appFiles = appPackageFiles(dir, files);

  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const host = new URL(baseUrl).host.replace(/:/g, "_");
  fs.mkdirSync(opts.out, { recursive: true });
  const web = writeZip(path.join(opts.out, `secure-post-guard-${version}-${host}.zip`), dir, files);
  const appPackage = writeZip(path.join(opts.out, `secure-post-guard-${version}-${host}-app-package.zip`), dir, appFiles);
  return { ...web, baseUrl, appPackage };
}

function printZip(title, zip) {
  const width = Math.max(...zip.files.map((f) => f.name.length));
  console.log(title);
  for (const f of zip.files) console.log(`  ${f.name.padEnd(width)}  ${String(f.bytes).padStart(9)} bytes`);
  console.log(`${zip.zipPath}`);
  console.log(`${zip.files.length} files, ${zip.bytes} bytes (${(zip.bytes / 1024).toFixed(0)} KiB) zipped`);
}

function main() {
  const result = packageBuild(parseArgs(process.argv.slice(2)));
  printZip(`Package for ${result.baseUrl}:`, result);
  console.log(`Unpack it into the folder that serves ${result.baseUrl}`);
  // Unpacked under a path, the allow-list file lands where Outlook never looks for it.
  const rootWellKnown = `${new URL(result.baseUrl).origin}/${WELL_KNOWN}`;
  if (result.files.some((f) => f.name === WELL_KNOWN) && `${result.baseUrl}${WELL_KNOWN}` !== rootWellKnown) {
    console.log(`and serve ${WELL_KNOWN} at ${rootWellKnown} (move it there, or add its entry to the file already there)`);
  }
  console.log("");
  printZip("App package (unified manifest):", result.appPackage);
  console.log("Only for tenants that deploy the unified manifest: upload it in Integrated apps (Upload custom apps).");
}

module.exports = { packageBuild, appPackageFiles, pngSize, SHIPPED, APP_ICON_SIZES };

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`npm run package: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
}
