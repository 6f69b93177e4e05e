// notices.json, read defensively: the documented shape gives its notices, security first;
// anything else gives none, and nothing in it can throw.

import * as fs from "fs";
import * as path from "path";
import {
  MAX_NOTICES,
  MAX_NOTICES_BYTES,
  MAX_TEXT,
  noticeDate,
  parseAdminNotices,
  parseAdminNoticesText,
  severityLabel,
} from "../../src/core/admin-notices";

function n(over: { [key: string]: unknown } = {}): { [key: string]: unknown } {
  return {
    id: "a",
    severity: "info",
    date: "2026-11-28",
    title: { da: "Titel", en: "Title" },
    text: { da: "Tekst", en: "Text" },
    ...over,
  };
}

test("the documented shape", () => {
  expect(parseAdminNotices({ notices: [n()] })).toEqual([
    { id: "a", severity: "info", date: "2026-11-28", title: { da: "Titel", en: "Title" }, text: { da: "Tekst", en: "Text" } },
  ]);
});

test("security first, then warnings, then information; newest first within each", () => {
  const list = parseAdminNotices({
    notices: [
      n({ id: "i-old", date: "2026-01-01" }),
      n({ id: "w", severity: "warning" }),
      n({ id: "s-old", severity: "security", date: "2025-12-31" }),
      n({ id: "i-new", date: "2026-11-01" }),
      n({ id: "s-new", severity: "security", date: "2026-02-01" }),
    ],
  });
  expect(list.map((x) => x.id)).toEqual(["s-new", "s-old", "w", "i-new", "i-old"]);
});

test.each([
  ["null", null],
  ["a string", "notices"],
  ["an array", [n()]],
  ["no notices key", { items: [n()] }],
  ["notices not an array", { notices: { 0: n() } }],
  ["a number", 42],
])("a file that is %s gives no notices", (_name, json) => {
  expect(parseAdminNotices(json)).toEqual([]);
});

test("malformed entries are left out, the good ones next to them kept", () => {
  const bad = [
    null,
    "x",
    n({ id: "" }),
    n({ id: 7 }),
    n({ severity: "critical" }),
    n({ date: "2026-02-30" }),
    n({ date: "28-11-2026" }),
    n({ date: 20261128 }),
    n({ title: "Titel" }),
    n({ title: { da: "", en: "" } }),
    n({ text: { fr: "Texte" } }),
    n({ text: null }),
  ];
  const list = parseAdminNotices({ notices: [...bad, n({ id: "good", severity: "security" })] });
  expect(list.map((x) => x.id)).toEqual(["good"]);
});

test("one language stands in for a missing other; texts are plain, trimmed and bounded", () => {
  const [x] = parseAdminNotices({
    notices: [n({ title: { da: "  Kun\u0007 dansk\n\n titel " }, text: { en: "y".repeat(MAX_TEXT + 50) } })],
  });
  expect(x.title).toEqual({ da: "Kun dansk titel", en: "Kun dansk titel" });
  expect(x.text.da.length).toBe(MAX_TEXT);
  expect(x.text.da.endsWith("…")).toBe(true);
});

test("duplicates by id keep the first; at most MAX_NOTICES", () => {
  const many = Array.from({ length: MAX_NOTICES + 10 }, (_, i) => n({ id: `n${i}` }));
  expect(parseAdminNotices({ notices: [n({ id: "n0", severity: "security" }), ...many] })[0].severity).toBe("security");
  expect(parseAdminNotices({ notices: many })).toHaveLength(MAX_NOTICES);
});

test("a hostile object (a getter that throws) gives no notices instead of an exception", () => {
  const hostile = {
    get notices(): unknown[] {
      throw new Error("boom");
    },
  };
  expect(parseAdminNotices(hostile)).toEqual([]);
});

test("from text: invalid JSON, empty or oversized gives none", () => {
  expect(parseAdminNoticesText("{ not json")).toEqual([]);
  expect(parseAdminNoticesText("")).toEqual([]);
  expect(parseAdminNoticesText(null)).toEqual([]);
  expect(parseAdminNoticesText(JSON.stringify({ notices: [n({ text: { da: "x".repeat(MAX_NOTICES_BYTES) } })] }))).toEqual([]);
  expect(parseAdminNoticesText(JSON.stringify({ notices: [n()] }))).toHaveLength(1);
});

test("labels and dates in both languages", () => {
  expect(severityLabel("security", "da")).toBe("Sikkerhedsfejl");
  expect(severityLabel("security", "en")).toBe("Security fault");
  expect(severityLabel("warning", "da")).toBe("Advarsel");
  expect(noticeDate("2026-01-05", "da")).toBe("5.1.2026");
  expect(noticeDate("2026-11-28", "en")).toBe("28 Nov 2026");
});

test("the example notices.json that ships beside the add-in is valid and has no sign-only wording", () => {
  const text = fs.readFileSync(path.join(__dirname, "../../src/taskpane/notices.json"), "utf8");
  const list = parseAdminNoticesText(text);
  expect(list.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/kun signatur|kun signer|sign[\s-]*only|signature[\s-]*only/i);
});
