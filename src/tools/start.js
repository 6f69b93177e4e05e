#!/usr/bin/env node
// `npm start`: build, then serve dist/ over https on localhost:3000 and say how to sideload.
// A plain static server on purpose: classic Outlook's event runtime must get launchevent.js
// exactly as built, and webpack-dev-server's injected hot-reload client breaks it silently.
// Works on a headless Linux machine: when no trusted localhost certificate exists, one is
// generated with office-addin-dev-certs (installing its CA into a trust store is left to the
// person, since that needs a desktop and admin rights).
//
// Options: --no-build  serve dist/ as it is;  --port N  (default 3000, or $PORT)

"use strict";
// office-addin-dev-certs reports no usage data: its office-addin-usage-data (3.x) has reporting
// removed, and no environment variable ever switched it (test/tools/usage-data.test.ts).

const fs = require("fs");
const https = require("https");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const PORT = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT || 3000);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".zip": "application/zip",
};

function build() {
  console.log("Building the add-in (npm run build)…");
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("Build failed; nothing to serve.");
    process.exit(r.status || 1);
  }
}

async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const read = () => ({
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
    ca: fs.readFileSync(defaults.caCertificatePath),
  });
  const haveFiles = [defaults.localhostCertificatePath, defaults.localhostKeyPath, defaults.caCertificatePath].every((f) =>
    fs.existsSync(f),
  );
  if (haveFiles) {
    try {
      if (devCerts.verifyCertificates()) return { options: read(), generated: false, caPath: defaults.caCertificatePath };
    } catch (e) {
      // expired or unreadable: make new ones below
    }
  }
  // On Windows and macOS the tool can also install its CA in the user's trust store.
  if (process.platform !== "linux" && !process.env.CI) {
    try {
      return { options: await devCerts.getHttpsServerOptions(), generated: false, caPath: defaults.caCertificatePath };
    } catch (e) {
      console.warn("Could not install a trusted development certificate:", e.message);
    }
  }
  await devCerts.generateCertificates();
  return { options: read(), generated: true, caPath: defaults.caCertificatePath };
}

function serve(options) {
  const server = https.createServer(options, (req, res) => {
    const url = new URL(req.url || "/", "https://localhost");
    let rel = decodeURIComponent(url.pathname);
    if (rel === "/") rel = "/taskpane.html";
    const file = path.normalize(path.join(DIST, rel));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      // Outlook caches add-in files hard; a developer wants the file just built.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(PORT, "localhost", () => resolve(server));
  });
}

async function main() {
  if (!args.includes("--no-build")) build();
  if (!fs.existsSync(path.join(DIST, "manifest.xml"))) {
    console.error("dist/ has no build; run `npm run build` or drop --no-build.");
    process.exit(1);
  }
  const certs = await certificates();
  await serve(certs.options);
  const base = `https://localhost:${PORT}/`;
  console.log(`
Secure Post Guard is served at ${base}
  taskpane:        ${base}taskpane.html
  playground:      ${base}playground.html  (try it in a browser, no Outlook needed)
  event runtime:   ${base}launchevent.js (classic Outlook) and ${base}commands.html
  manifest:        ${base}manifest.xml  (file: ${path.join(DIST, "manifest.xml")})
${
  certs.generated
    ? `
The certificate for localhost was generated now and is not trusted anywhere yet. On the machine
that runs Outlook, trust this CA certificate first: ${certs.caPath}
`
    : ""
}
Sideload manifest.xml to try it (a test mailbox, not production):
  Outlook on the web / new Outlook: open a message > Apps > Get add-ins > My add-ins >
    Custom add-ins > Add a custom add-in > Add from file... > choose manifest.xml
  Classic Outlook on Windows: File > Manage Add-ins (opens the same page in a browser)
Production is deployed by IT through centralized deployment (SendMode="Block" needs it); see README.

Ctrl+C stops the server.`);
}

main().catch((e) => {
  console.error("npm start failed:", e && e.message ? e.message : e);
  process.exit(1);
});
