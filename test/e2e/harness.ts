// End-to-end harness: the real `npm start` server (node src/tools/start.js --no-build, a temp
// HOME so it generates its own certificate), and Debian's Chromium driven by playwright-core.
// `npm test` builds dist/ first. Every request the page makes outside the local server is
// blocked and recorded: the playground must work offline (no Office.js from the CDN).

import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { Browser, BrowserContext, chromium, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.SPG_CHROMIUM || "/usr/bin/chromium";
export const SHOTS = path.join(ROOT, "test-results", "e2e");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "localhost", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Harness {
  base: string;
  browser: Browser;
  /** URLs outside the local server that a page tried to load (blocked). */
  external: string[];
  newPage(query?: string): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does)`);
  }
  if (!fs.existsSync(path.join(ROOT, "dist/playground.html"))) {
    throw new Error("dist/playground.html is missing: `npm test` builds it first (npm run build)");
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "spg-e2e-home-"));
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "src/tools/start.js"), "--no-build", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, HOME: home, USERPROFILE: home, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false" },
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 30000;
  while (!/Ctrl\+C stops the server/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error("server did not start:\n" + output);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = `https://localhost:${port}/`;
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    // launch() gives each run a fresh, temporary --user-data-dir of its own.
  });
  const external: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    base,
    browser,
    external,
    async newPage(query = "") {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1200, height: 800 }, locale: "da-DK" });
      contexts.push(context);
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(base) || url.startsWith("about:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        external.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      (page as unknown as { spgErrors: string[] }).spgErrors = errors;
      await page.goto(`${base}playground.html${query}`);
      return { page, context };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      child.kill();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export function pageErrors(page: Page): string[] {
  return (page as unknown as { spgErrors: string[] }).spgErrors || [];
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
