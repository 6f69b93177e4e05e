// `npm start` on a headless machine with no trusted certificate: it generates one, serves the
// built add-in over https on localhost, and the files come back over a TLS connection that
// verifies against the generated CA. (--no-build: npm test has just built dist/.)

import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 3947;
let home: string;
let child: ChildProcess;
let output = "";

function get(file: string, ca: Buffer): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port: PORT, path: file, ca }, (res) => {
        let body = "";
        // Decode as a stream: a multi-byte character (the bundles hold Danish text) may straddle chunks.
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode || 0, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "spg-home-"));
  child = spawn(process.execPath, [path.join(ROOT, "src/tools/start.js"), "--no-build", "--port", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, HOME: home, USERPROFILE: home },
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 30000;
  while (!/Ctrl\+C stops the server/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("server did not start:\n" + output);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 40000);

afterAll(() => {
  child.kill();
  fs.rmSync(home, { recursive: true, force: true });
});

test("it says where it serves and how to sideload, and that the new CA must be trusted", () => {
  expect(output).toContain(`https://localhost:${PORT}/`);
  expect(output).toMatch(/Sideload manifest\.xml/);
  expect(output).toContain(`https://localhost:${PORT}/playground.html`);
  expect(output).toContain(path.join(home, ".office-addin-dev-certs", "ca.crt"));
});

test("the add-in's files are served over verified https", async () => {
  const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));
  const manifest = await get("/manifest.xml", ca);
  expect(manifest.status).toBe(200);
  expect(manifest.body).toContain('SendMode="Block"');
  const bundle = await get("/launchevent.js", ca);
  expect(bundle.status).toBe(200);
  expect(bundle.type).toMatch(/^text\/javascript/);
  expect(bundle.body).toBe(fs.readFileSync(path.join(ROOT, "dist/launchevent.js"), "utf8"));
  for (const page of ["/taskpane.html", "/commands.html", "/assets/icon-80.png", "/playground.html", "/playground-taskpane.html"]) {
    expect((await get(page, ca)).status).toBe(200);
  }
});

test("the event runtime's allow-list is served from the origin's root, where Outlook looks for it", async () => {
  // A dot-folder: a static server that hid dotfiles would leave classic Outlook's event runtime
  // without it (webpack.config.js says why it exists). The dev build names the dev host's script.
  const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));
  const allowed = await get("/.well-known/microsoft-officeaddins-allowed.json", ca);
  expect(allowed.status).toBe(200);
  expect(allowed.type).toMatch(/^application\/json/);
  expect(JSON.parse(allowed.body)).toEqual({ allowed: ["https://localhost:3000/launchevent.js"] });
});

test("nothing outside dist/ is served", async () => {
  const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));
  expect((await get("/../package.json", ca)).status).toBe(404);
  expect((await get("/%2e%2e/package.json", ca)).status).toBe(404);
});
