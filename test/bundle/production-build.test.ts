// A production build for a real host, made the way an admin makes it
// (`npm run build -- --env baseUrl=... ` plus `--env outDir=` so dist/, which other suites read,
// is left alone), then packaged with `npm run package`. One webpack build for the whole file.
//
// The webpack build (pdf.js included) is most of this file's cost. `npm test` makes it once,
// before jest (npm run build:example, src/tools/build.js), into a cache folder stamped with a
// digest of every input; this file uses that folder when the stamp matches the sources as they
// are now, and otherwise builds into a scratch directory itself (so `npx jest` on this file alone
// works, and never checks a stale build). Either way it is the same command line with the same
// base URL; only the outDir differs. The build is only read here: packaging and the fail-closed
// variants work on copies in a scratch directory.

import * as acorn from "acorn";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { unzipSync } from "fflate";
import { readManifest } from "../manifest/manifest-model";
import {
  bundledSchemaPath,
  expectValid,
  jsonAddresses,
  manifestTools,
  pngHeader,
  readJson,
  validateUnified,
  xmlAddresses,
} from "../manifest/unified";

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://addins.example.dk/spg/";
const ORIGIN = "https://addins.example.dk";
const VERSION = readJson(path.join(ROOT, "package.json")).version;
const WELL_KNOWN = ".well-known/microsoft-officeaddins-allowed.json";

// What a production build for a real host holds: no playground, no CLI, no bench.
const EXPECTED_FILES = [
  ".well-known/microsoft-officeaddins-allowed.json",
  "assets/icon-128.png",
  "assets/icon-16.png",
  "assets/icon-192.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
  "assets/icon-outline-32.png",
  "commands.html",
  "launchevent.js",
  "manifest.da-dk.json",
  "manifest.json",
  "manifest.xml",
  "notices.json",
  "pdfjs.js",
  "pdfjs.js.LICENSE.txt",
  "policy.json",
  "policy.schema.json",
  "support.html",
  "taskpane.html",
  "taskpane.js",
];

// The unified manifest's app package: manifest.json and exactly the files it names, at the paths
// it names them by (Microsoft: "the same relative path in the zip file as specified in the manifest").
const APP_PACKAGE_FILES = ["assets/icon-192.png", "assets/icon-outline-32.png", "manifest.da-dk.json", "manifest.json"];

// The build runs webpack over the whole add-in (pdf.js included): 35-100 s on 2 cores.
const BUILD_TIMEOUT_MS = 240_000;
jest.setTimeout(60_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildTools = require(path.join(ROOT, "src/tools/build.js")) as {
  freshExampleBuild(baseUrl?: string): string | null;
  EXAMPLE_BASE_URL: string;
};

let tmp = "";
let out = "";
let release = "";
let packageLog = "";
let builtHere = false;

function files(dir: string, rel = ""): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}

function runPackage(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "src/tools/package.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spg-prod-"));
  release = path.join(tmp, "release");
  const cached = buildTools.EXAMPLE_BASE_URL === BASE ? buildTools.freshExampleBuild(BASE) : null;
  if (cached) {
    out = cached;
  } else {
    builtHere = true;
    out = path.join(tmp, "dist");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const build = spawnSync(npm, ["run", "build", "--", "--env", `baseUrl=${BASE}`, "--env", `outDir=${out}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: BUILD_TIMEOUT_MS,
      env: { ...process.env, SPG_BASE_URL: "" },
    });
    if (build.error) throw build.error;
    if (build.status !== 0) throw new Error(`build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  const pkg = runPackage(["--dir", out, "--out", release]);
  if (pkg.status !== 0) throw new Error(`package failed (${pkg.status}):\n${pkg.stdout}\n${pkg.stderr}`);
  packageLog = pkg.stdout;
}, BUILD_TIMEOUT_MS + 30_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("production build for https://addins.example.dk/spg/", () => {
  test("is the build npm test made (when its stamp matches the sources) or one made here", () => {
    // The cached build is only trusted while the sources are those it was built from.
    if (builtHere) expect(out.startsWith(tmp)).toBe(true);
    else expect(buildTools.freshExampleBuild(BASE)).toBe(out);
  });

  test("writes exactly the deployable files: no playground, no CLI", () => {
    expect(files(out)).toEqual(EXPECTED_FILES);
  });

  test("manifest.xml: every address (namespaces aside) is a file of this build under the base URL", () => {
    const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    const urls = xmlAddresses(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect({ url, under: url.startsWith(BASE) }).toEqual({ url, under: true });
      expect({ url, file: fs.existsSync(path.join(out, url.slice(BASE.length))) }).toEqual({ url, file: true });
    }
    // The model the other manifest checks use reads it the same way.
    const model = readManifest(path.join(out, "manifest.xml"));
    expect(model.urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(xml).not.toMatch(/\/\/localhost\b/);
  });

  test("manifest.xml validates offline: converted, it is exactly the built manifest.json, which validates", () => {
    // Converted and corrected the way `npm run manifest:json` does it (src/tools/manifest-json.js).
    const converted = manifestTools.expectedFiles(path.join(out, "manifest.xml"));
    const fromXml = JSON.parse(converted["manifest.json"]);
    for (const kind of ["outline", "color"]) expect(fs.existsSync(path.join(out, fromXml.icons[kind]))).toBe(true);
    for (const [name, text] of Object.entries(converted)) {
      expect({ name, text: fs.readFileSync(path.join(out, name), "utf8") }).toEqual({ name, text });
    }
    const json = readJson(path.join(out, "manifest.json"));
    expect(fs.existsSync(bundledSchemaPath(json))).toBe(true);
    // Validated where it lies: the icons and localization file it names are beside it.
    expectValid(validateUnified(path.join(out, "manifest.json")));
  });

  test("manifest.json: every address points at the base URL (validDomains: its origin)", () => {
    const json = readJson(path.join(out, "manifest.json"));
    const urls = jsonAddresses(json);
    expect(urls.length).toBeGreaterThan(5);
    for (const { key, url } of urls) {
      const ok = key === "validDomains" ? url === ORIGIN : url.startsWith(BASE) && fs.existsSync(path.join(out, url.slice(BASE.length)));
      expect({ key, url, ok }).toEqual({ key, url, ok: true });
    }
    expect(json.validDomains).toEqual([ORIGIN]);
    expect(JSON.stringify(json)).not.toMatch(/localhost/);
  });

  test("policy.json (the example, unchanged) and notices.json are there and valid JSON", () => {
    const policy = readJson(path.join(out, "policy.json"));
    expect(policy).toEqual(readJson(path.join(ROOT, "src/policy/policy.json")));
    expect(policy.$schema).toBe("./policy.schema.json");
    expect(readJson(path.join(out, "policy.schema.json"))).toEqual(readJson(path.join(ROOT, "src/core/policy.schema.json")));
    expect(readJson(path.join(out, "notices.json"))).toEqual(readJson(path.join(ROOT, "src/taskpane/notices.json")));
  });

  test("the bundles and pages name no development origin", () => {
    for (const bundle of ["launchevent.js", "taskpane.js", "taskpane.html", "commands.html"]) {
      expect({ bundle, dev: /localhost:3000/.test(fs.readFileSync(path.join(out, bundle), "utf8")) }).toEqual({ bundle, dev: false });
    }
    expect(() => acorn.parse(fs.readFileSync(path.join(out, "launchevent.js"), "utf8"), { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test("writes the well-known allow-list naming this build's launchevent.js, and nothing else", () => {
    // Classic Outlook's JavaScript-only runtime fetches policy.json only if the origin lists
    // launchevent.js there (see webpack.config.js); a wrong or extra entry would allow the wrong script.
    expect(readJson(path.join(out, WELL_KNOWN))).toEqual({ allowed: ["https://addins.example.dk/spg/launchevent.js"] });
  });

  test("the event runtime requests nothing outside its own origin", async () => {
    // The well-known file lists only launchevent.js for this origin: a request to another origin
    // would need that origin's own file. Every handler runs here, offline, with every request
    // recorded.
    const { createFakeOutlook, fakeEvent } = require("../support/fake-outlook");
    const src = fs.readFileSync(path.join(out, "launchevent.js"), "utf8");
    const requested: string[] = [];
    const offline = (input: unknown) => {
      requested.push(String(input && typeof input === "object" && "url" in input ? (input as { url: string }).url : input));
      return Promise.reject(new TypeError("Network request failed"));
    };
    class RecordingXhr {
      open(_method: string, url: string) {
        requested.push(String(url));
      }
      send() {}
      setRequestHeader() {}
      abort() {}
    }
    for (const handler of [
      "onNewMessageComposeHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageAttachmentsChangedHandler",
      "onMessageSendHandler",
      "armSecurePost",
    ]) {
      const fake = createFakeOutlook({ bodyHtml: "<p>hej</p>" });
      const sandbox = vm.createContext({ Office: fake.office, setTimeout, clearTimeout, fetch: offline, XMLHttpRequest: RecordingXhr, AbortController });
      vm.runInContext(src, sandbox, { filename: "launchevent.js" });
      const event = fakeEvent();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        event.completed.mockImplementation(() => {
          clearTimeout(timer);
          resolve();
        });
        (fake.associated[handler] as (e: unknown) => void)(event);
      });
      expect({ handler, completed: event.completed.mock.calls.length }).toEqual({ handler, completed: 1 });
    }
    expect(requested.filter((u) => !u.startsWith(BASE))).toEqual([]);
    // Not vacuous once the event runtime loads the policy: then it asked for exactly that file.
    if (src.includes("policy.json")) expect(requested).toContain(`${BASE}policy.json`);
  });
});

describe("npm run package", () => {
  const zipName = `secure-post-guard-${VERSION}-addins.example.dk.zip`;
  const appZipName = `secure-post-guard-${VERSION}-addins.example.dk-app-package.zip`;

  test("makes two zips, named with version and host: the web files and the app package", () => {
    expect(fs.readdirSync(release).sort()).toEqual([appZipName, zipName]);
  });

  test("the web zip holds exactly the build's files, byte for byte", () => {
    const entries = unzipSync(fs.readFileSync(path.join(release, zipName)));
    expect(Object.keys(entries).sort()).toEqual(EXPECTED_FILES);
    for (const name of EXPECTED_FILES) {
      expect({ name, same: Buffer.from(entries[name]).equals(fs.readFileSync(path.join(out, name))) }).toEqual({ name, same: true });
    }
  });

  test("the app package holds manifest.json at its root and exactly the files it names, at those paths", () => {
    const entries = unzipSync(fs.readFileSync(path.join(release, appZipName)));
    expect(Object.keys(entries).sort()).toEqual(APP_PACKAGE_FILES);
    for (const name of APP_PACKAGE_FILES) {
      expect({ name, same: Buffer.from(entries[name]).equals(fs.readFileSync(path.join(out, name))) }).toEqual({ name, same: true });
    }
    // The manifest in it is the built one (this host's URLs), and what it names is what is there.
    const json = JSON.parse(Buffer.from(entries["manifest.json"]).toString("utf8"));
    expect(jsonAddresses(json).every(({ url }) => url.startsWith(BASE) || url === ORIGIN)).toBe(true);
    const named = [json.icons.color, json.icons.outline, ...json.localizationInfo.additionalLanguages.map((l: { file: string }) => l.file)];
    expect(["manifest.json", ...named].sort()).toEqual(APP_PACKAGE_FILES);
    expect(pngHeader(Buffer.from(entries[json.icons.color]))).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader(Buffer.from(entries[json.icons.outline]))).toMatchObject({ width: 32, height: 32 });
    expect(json.extensions[0].requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.12" }]);
  });

  test("the app package, unpacked, validates offline", () => {
    const dir = path.join(tmp, "app-package");
    for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(path.join(release, appZipName))))) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    expectValid(validateUnified(path.join(dir, "manifest.json")));
  });

  test("prints each zip's path, its files and its size", () => {
    for (const [name, contents] of [
      [zipName, EXPECTED_FILES],
      [appZipName, APP_PACKAGE_FILES],
    ] as const) {
      const zipPath = path.join(release, name);
      expect(packageLog).toContain(zipPath);
      for (const file of contents) expect(packageLog).toContain(file);
      expect(packageLog).toContain(`${fs.statSync(zipPath).size} bytes`);
    }
  });

  test("says the well-known file belongs at the origin's root, not under the base URL's path", () => {
    expect(packageLog).toContain(`serve ${WELL_KNOWN} at ${ORIGIN}/${WELL_KNOWN}`);
  });

  test("is reproducible: packaging again gives the same bytes", () => {
    const again = path.join(tmp, "release-again");
    expect(runPackage(["--dir", out, "--out", again]).status).toBe(0);
    for (const name of [zipName, appZipName]) {
      expect({ name, same: fs.readFileSync(path.join(again, name)).equals(fs.readFileSync(path.join(release, name))) }).toEqual({ name, same: true });
    }
  });

  describe("fails closed", () => {
    function variant(name: string, change: (dir: string) => void) {
      const dir = path.join(tmp, name);
      fs.cpSync(out, dir, { recursive: true });
      change(dir);
      return runPackage(["--dir", dir, "--out", path.join(tmp, `${name}-release`)]);
    }

    test("on a playground page (a development build)", () => {
      const r = variant("with-playground", (d) => fs.writeFileSync(path.join(d, "playground.html"), "<html></html>"));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/development-only files.*playground\.html/);
    });

    test("on a file nobody put on the package list", () => {
      const r = variant("with-stray", (d) => fs.writeFileSync(path.join(d, "notes.txt"), "x"));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/not on the package list.*notes\.txt/);
    });

    test("on a build for the development host", () => {
      const r = variant("dev-host", (d) => {
        const f = path.join(d, "manifest.xml");
        fs.writeFileSync(f, fs.readFileSync(f, "utf8").split(BASE).join("https://localhost:3000/"));
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/development host/);
    });

    test("on a manifest address whose file is missing", () => {
      const r = variant("missing-file", (d) => fs.rmSync(path.join(d, "launchevent.js")));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/no file in the build: .*launchevent\.js/);
    });

    test("on an app icon of the wrong size, and writes no zip at all", () => {
      const r = variant("small-color-icon", (d) => fs.copyFileSync(path.join(d, "assets/icon-128.png"), path.join(d, "assets/icon-192.png")));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/icons\.color \(assets\/icon-192\.png\) is 128x128, must be 192x192/);
      expect(fs.existsSync(path.join(tmp, "small-color-icon-release"))).toBe(false);
    });

    test("on an app package path outside the package, or a named file that is missing", () => {
      const outside = variant("icon-outside", (d) => {
        const f = path.join(d, "manifest.json");
        const json = JSON.parse(fs.readFileSync(f, "utf8"));
        json.icons.outline = "../outline.png";
        fs.writeFileSync(f, JSON.stringify(json, null, 2));
      });
      expect(outside.status).toBe(1);
      expect(outside.stderr).toMatch(/icons\.outline is not a plain relative path: \.\.\/outline\.png/);
      const missing = variant("no-localization", (d) => fs.rmSync(path.join(d, "manifest.da-dk.json")));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/da-dk names manifest\.da-dk\.json, which is not in the build/);
    });

    test("skips the CLI and bench output tsc leaves in dist/", () => {
      const r = variant("with-cli", (d) => {
        fs.mkdirSync(path.join(d, "node/cli"), { recursive: true });
        fs.writeFileSync(path.join(d, "node/cli/main.js"), "");
        fs.mkdirSync(path.join(d, "bench"));
        fs.writeFileSync(path.join(d, "bench/bench.js"), "");
      });
      expect(r.status).toBe(0);
      const zip = path.join(tmp, "with-cli-release", zipName);
      expect(Object.keys(unzipSync(fs.readFileSync(zip))).sort()).toEqual(EXPECTED_FILES);
    });
  });
});

describe("build options", () => {
  // The config function itself: it throws before webpack would compile or empty anything.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => any;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { envArgs } = require(path.join(ROOT, "src/tools/build.js"));

  test("SPG_BASE_URL is the other route to the base URL; --env baseUrl wins over it", () => {
    const baseOf = (c: any) => c.plugins.find((p: any) => p.definitions && "__SPG_BASE_URL__" in p.definitions).definitions.__SPG_BASE_URL__;
    const saved = process.env.SPG_BASE_URL;
    try {
      process.env.SPG_BASE_URL = BASE;
      expect(baseOf(config({}, { mode: "production" }))).toBe(JSON.stringify(BASE));
      expect(baseOf(config({ baseUrl: "https://other.example.dk/" }, { mode: "production" }))).toBe(JSON.stringify("https://other.example.dk/"));
    } finally {
      if (saved === undefined) delete process.env.SPG_BASE_URL;
      else process.env.SPG_BASE_URL = saved;
    }
  });

  test("the playground is built for the development host only", () => {
    expect(Object.keys(config({}, { mode: "production" }).entry)).toContain("playground");
    expect(Object.keys(config({ baseUrl: BASE }, { mode: "production" }).entry)).toEqual(["launchevent", "taskpane"]);
  });

  test("build.js reads --env the way webpack-cli does", () => {
    expect(envArgs(["--mode", "production", "--env", `baseUrl=${BASE}`, `--env=outDir=/tmp/x`, "--env", "flag"])).toEqual({
      baseUrl: BASE,
      outDir: "/tmp/x",
      flag: true,
    });
  });

  test.each([
    ["http://addins.example.dk/spg/"],
    ["https://addins.example.dk/spg"],
    ["https://addins.example.dk/spg/?x=1"],
    ["https://addins.example.dk/spg/#x"],
    ['https://addins.example.dk/s"pg/'],
    ["https://addins.example.dk/a&b/"],
    ["https://addins.example.dk/a b/"],
    ["https://Addins.example.dk/spg/"],
    ["https://user@addins.example.dk/spg/"],
  ])("refuses baseUrl %s", (baseUrl) => {
    expect(() => config({ baseUrl, outDir: path.join(tmp, "never") }, { mode: "production" })).toThrow(/baseUrl must be/);
  });

  test("refuses an outDir that would empty the checkout, a parent of it, or a directory that is not a build", () => {
    for (const outDir of [ROOT, path.dirname(ROOT), path.join(ROOT, "src")]) {
      expect(() => config({ baseUrl: BASE, outDir }, { mode: "production" })).toThrow(/outDir/);
    }
    // An earlier build may be built over.
    expect(config({ baseUrl: BASE, outDir: out }, { mode: "production" }).output.path).toBe(out);
  });

  test("a refused option stops `npm run build` with a non-zero exit and writes nothing", () => {
    const never = path.join(tmp, "never");
    const r = spawnSync(process.execPath, [path.join(ROOT, "src/tools/build.js"), "--env", "baseUrl=http://addins.example.dk/spg/", "--env", `outDir=${never}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, SPG_BASE_URL: "" },
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/baseUrl must be/);
    expect(fs.existsSync(never)).toBe(false);
  });
});
