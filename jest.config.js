/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.node.json" }],
  },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main entry
  // pulls in an ES-module-only dependency that jest on Node 20 cannot require.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // The handler tests run real timers against the watchdog; keep one slow test from stalling CI.
  testTimeout: 20000,
};
