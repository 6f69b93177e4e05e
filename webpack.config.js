// Two kinds of output, one build:
// - launchevent.js: the event bundle. Classic Outlook on Windows loads it alone in a
//   JavaScript-only runtime (no DOM, no chunks, ES2016 before version 2403), so it is one
//   self-contained file with no dev-server client in it, and everything in it (postal-mime
//   included) is compiled down to ES2016. test/bundle checks that it parses as ES2016.
// - taskpane.html/js and commands.html for the browser runtimes.
// - playground.html/js: an Outlook-like compose page that runs the real handlers and the real
//   taskpane against a fake Office surface (src/playground), plus playground-taskpane.html: the
//   taskpane page with Office.js from the CDN swapped for that fake, so the playground works
//   offline. Its own entry: nothing of it reaches launchevent.js or taskpane.js.
//   Built only for the development host (https://localhost:3000/, what `npm start` and the e2e
//   tests serve). A build for a real host leaves it out altogether, rather than building it and
//   filtering it at packaging time: a fake Office surface has no business on a production origin,
//   and a file that is never written cannot be uploaded by hand from dist/ either.
// Beside them: manifest.xml and manifest.json (the committed unified manifest) with every URL
// rewritten to the base URL, the example policy.json (+ its schema) and notices.json.
//
// And .well-known/microsoft-officeaddins-allowed.json = {"allowed": ["<baseUrl>launchevent.js"]}.
// Classic Outlook on Windows runs launchevent.js in a page-less JavaScript-only runtime, and
// Microsoft requires that file (listing the runtime's script) before that runtime may make CORS
// requests. That runtime does fetch: policy.json from BASE_URL (src/office/policy-fetch.ts).
// Whether a request from a runtime with no page to the host launchevent.js came from counts as
// cross-origin is not documented; a refused fetch would silently leave users on the last good or
// built-in policy (strict, so safe, but not the admin's). The file costs nothing, so it ships
// rather than rest on an undocumented reading. Microsoft reads it only at the ORIGIN ROOT
// (https://host/.well-known/...): for a base URL with a path (https://host/spg/) the copy in dist/
// is in the wrong place, and the admin moves it to the root or merges its entry into the file
// already there (another add-in on the same origin has its own list). README and
// docs/deployment.md say so, and `npm run package` prints the address it belongs at.

// Usage: node src/tools/build.js [--mode development] [--env baseUrl=https://host/path/] [--env outDir=DIR]
//   (npm run build -- --env ...). baseUrl may also come from SPG_BASE_URL.

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin, Compilation, sources } = require("webpack");
const { rewriteUnifiedManifest } = require("./src/tools/manifest-json");

const DEV_BASE = "https://localhost:3000/";
const WELL_KNOWN = ".well-known/microsoft-officeaddins-allowed.json";
const DEFAULT_OUT = path.resolve(__dirname, "dist");

// The base URL goes verbatim into XML attributes, JSON strings and the bundles: anything beyond
// plain URL characters (quotes, '&', '<', spaces) is refused rather than escaped three ways.
const BASE_URL_SHAPE = /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?\/([A-Za-z0-9._~-]+\/)*$/;

function checkBaseUrl(baseUrl) {
  if (!BASE_URL_SHAPE.test(baseUrl) || new URL(baseUrl).href !== baseUrl) {
    throw new Error(
      `baseUrl must be a plain https URL ending in '/', lower-case host, no query or fragment ` +
        `(e.g. https://addins.example.dk/spg/): ${baseUrl}`,
    );
  }
}

// webpack empties the output directory first (output.clean), so a mistyped outDir must not be
// able to point at the checkout, a parent of it, or a directory that holds something else.
function checkOutDir(outDir) {
  const rel = path.relative(outDir, __dirname);
  if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) {
    throw new Error(`outDir must not be the repository or a parent of it: ${outDir}`);
  }
  if (outDir === DEFAULT_OUT || !fs.existsSync(outDir)) return;
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes("manifest.xml")) {
    throw new Error(`outDir exists and does not look like an earlier build (no manifest.xml): ${outDir}`);
  }
}

function rewriteManifestXml(content, baseUrl) {
  const out = content.toString().split(DEV_BASE).join(baseUrl);
  // (Only addresses count: the file's opening comment names "localhost port 3000" in prose.)
  if (baseUrl !== DEV_BASE && /\/\/localhost\b/i.test(out)) {
    throw new Error("manifest.xml: a localhost reference is left after rewriting the URLs");
  }
  return out;
}

// The playground's taskpane frame: taskpane.html as it is, except that Office is the fake Office
// surface of the playground page around the frame (src/playground/playground-office.js, loaded
// first) instead of Office.js from the CDN, and its CSP names no CDN.
function playgroundTaskpaneHtml() {
  const html = fs.readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8");
  const withoutCdn = html.replace(/<script\b[^>]*\bsrc="https:\/\/appsforoffice\.microsoft\.com\/[^"]*"[^>]*>\s*<\/script>/g, "");
  const CSP = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(" \/>)/;
  const csp = withoutCdn.match(CSP);
  if (!csp) throw new Error("playground-taskpane.html: taskpane.html has no Content-Security-Policy");
  const policy = csp[2]
    .split(";")
    .map((d) => d.trim())
    .map((d) => (/^script-src /.test(d) ? "script-src 'self'" : /^connect-src /.test(d) ? "connect-src 'self'" : d))
    .join("; ");
  const page = withoutCdn.replace(CSP, (m, a, b, c) => `${a}${policy}${c}\n    <script src="playground-office.js"></script>`);
  if (/appsforoffice\.microsoft\.com/.test(page)) throw new Error("playground-taskpane.html: could not remove Office.js");
  return page;
}

// Writes WELL_KNOWN for this build's baseUrl (see the top of this file). Generated, not copied:
// its one entry is the build's own launchevent.js URL.
class AllowedScriptsPlugin {
  constructor(baseUrl) {
    this.content = `${JSON.stringify({ allowed: [`${baseUrl}launchevent.js`] }, null, 2)}\n`;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AllowedScriptsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AllowedScriptsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(WELL_KNOWN, new sources.RawSource(this.content));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const baseUrl = env.baseUrl || process.env.SPG_BASE_URL || DEV_BASE;
  checkBaseUrl(baseUrl);
  const outDir = env.outDir ? path.resolve(String(env.outDir)) : DEFAULT_OUT;
  checkOutDir(outDir);
  const playground = baseUrl === DEV_BASE;
  const playgroundPages = [
    new HtmlWebpackPlugin({
      filename: "playground.html",
      template: "./src/playground/playground.html",
      chunks: ["playground"],
      scriptLoading: "blocking",
      inject: "body",
    }),
    new HtmlWebpackPlugin({
      filename: "playground-taskpane.html",
      templateContent: playgroundTaskpaneHtml,
      chunks: ["taskpane"],
      scriptLoading: "blocking",
      inject: "body",
    }),
  ];
  return {
    mode,
    devtool: false,
    target: ["web", "es2016"],
    entry: {
      launchevent: "./src/launchevent/launchevent.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      ...(playground ? { playground: "./src/playground/playground.ts" } : {}),
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
      // One file per entry: the classic runtime cannot load chunks.
      chunkFormat: "array-push",
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } } },
        {
          // postal-mime ships ES2020+; compile it down with the same compiler (no type check).
          test: /\.js$/,
          include: /node_modules[\\/]postal-mime[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "vendor",
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { allowJs: true, rootDir: ".", target: "ES2016", module: "ES2020", sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The add-in's own origin, for fetching policy.json and notices.json from the host the
      // manifest points at (the classic event runtime has no location to derive it from).
      new DefinePlugin({ __SPG_BASE_URL__: JSON.stringify(baseUrl) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["launchevent"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      ...(playground ? playgroundPages : []),
      new AllowedScriptsPlugin(baseUrl),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          { from: "src/taskpane/notices.json", to: "notices.json" },
          // The example policy the add-in fetches from its own origin, and the schema its
          // "$schema": "./policy.schema.json" names, so an admin editing it gets completion.
          { from: "src/policy/policy.json", to: "policy.json" },
          { from: "src/core/policy.schema.json", to: "policy.schema.json" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifestXml(content, baseUrl) },
          {
            from: "manifest.json",
            to: "manifest.json",
            transform: (content) => rewriteUnifiedManifest(content.toString(), baseUrl),
          },
          // Localization files the unified manifest references (manifest.da-dk.json, ...).
          { from: "manifest.*-*.json", to: "[name][ext]" },
          ...(playground ? [{ from: "src/playground/playground-office.js", to: "playground-office.js" }] : []),
        ],
      }),
    ],
  };
};
