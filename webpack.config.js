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
// Usage: webpack --mode production [--env baseUrl=https://host/path/]

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");

const DEV_BASE = "https://localhost:3000/";

// The playground's taskpane frame: taskpane.html as it is, except that Office is the fake Office
// surface of the playground page around the frame instead of Office.js from the CDN.
const PLAYGROUND_OFFICE = `<script>
      // Playground only: Office is the fake Office surface of the page around this frame
      // (src/playground/fake-mailbox.ts), not Office.js from the CDN.
      (function () {
        try {
          var p = window.parent;
          if (p && p !== window && p.spgPlayground) window.Office = p.spgPlayground.office();
        } catch (e) {}
      })();
    </script>`;

function playgroundTaskpaneHtml() {
  const html = fs.readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8");
  const withoutCdn = html.replace(/<script\b[^>]*\bsrc="https:\/\/appsforoffice\.microsoft\.com\/[^"]*"[^>]*>\s*<\/script>/g, "");
  if (/appsforoffice\.microsoft\.com/.test(withoutCdn)) throw new Error("playground-taskpane.html: could not remove Office.js");
  return withoutCdn.replace(/<head>/i, (m) => `${m}\n    ${PLAYGROUND_OFFICE}`);
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const baseUrl = env.baseUrl || process.env.SPG_BASE_URL || DEV_BASE;
  if (!/^https:\/\/[^\s]+\/$/.test(baseUrl)) {
    throw new Error(`baseUrl must be an https URL ending in '/': ${baseUrl}`);
  }
  return {
    mode,
    devtool: false,
    target: ["web", "es2016"],
    entry: {
      launchevent: "./src/launchevent/launchevent.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      playground: "./src/playground/playground.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          { from: "src/taskpane/notices.json", to: "notices.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE).join(baseUrl),
          },
        ],
      }),
    ],
  };
};
