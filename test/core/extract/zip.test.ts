// Zip archives: entries become children extracted by name, and every limit against zip bombs
// holds, before inflating (declared sizes) and while inflating (lying headers).

import { Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { createBudgetCounter, DEFAULT_BUDGET } from "../../../src/core/extract";
import { AttachmentInput } from "../../../src/core/types";
import { makeDocx, makeZip } from "../../support/make-attachments";
import { enc, extract, noise, options, parts } from "./helpers";

const MB = 1024 * 1024;

function child(a: AttachmentInput, name: string): AttachmentInput {
  const c = (a.children || []).filter((x) => x.name === name)[0];
  if (!c) throw new Error(`no child ${name} in ${JSON.stringify((a.children || []).map((x) => x.name))}`);
  return c;
}

/** Overwrites the declared uncompressed size of every entry (local headers and central directory). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50) dv.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) dv.setUint32(i + 24, size, true);
  }
  return out;
}

/** A zip written as a stream: sizes follow each entry in a data descriptor, as many tools write them. */
function streamedZip(files: [string, Uint8Array, boolean][]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const z = new Zip((err, data, final) => {
      if (err) return reject(err);
      chunks.push(data);
      if (final) resolve(Buffer.concat(chunks));
    });
    for (const [name, bytes, deflate] of files) {
      const f = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
      z.add(f);
      f.push(bytes, true);
    }
    z.end();
  });
}

describe("zip archives", () => {
  test("entries become children, extracted by their names, folders included in the name", async () => {
    const a = await extract(
      "bilag.zip",
      makeZip([
        { name: "noter/læs mig.txt", bytes: enc("Almindelig tekst i en fil") },
        { name: "brev.docx", bytes: makeDocx({ body: "Brev i arkivet", header: "Top" }) },
        { name: "foto.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff]) },
        { name: "data.bin", bytes: new Uint8Array([0, 1, 2]) },
      ]),
    );
    expect(a.unreadable).toBeUndefined();
    expect(child(a, "noter/læs mig.txt").text).toBe("Almindelig tekst i en fil");
    expect(parts(child(a, "brev.docx"))).toEqual({ document: "Brev i arkivet\n", header: "Top\n" });
    expect(child(a, "foto.jpg").unreadable).toBe("image");
    expect(child(a, "data.bin").unreadable).toBe("unsupported-type");
  });

  test("archives written as a stream (data descriptors instead of sizes up front) are read", async () => {
    const z = await streamedZip([
      ["a.txt", enc("første fil ".repeat(1000)), true],
      ["støj.dat", noise(70000), true],
      ["c.txt", enc("tredje"), false],
    ]);
    const a = await extract("strøm.zip", z);
    expect(child(a, "a.txt").text).toBe("første fil ".repeat(1000));
    expect(child(a, "støj.dat").unreadable).toBe("unsupported-type");
    expect(child(a, "c.txt").text).toBe("tredje");
  });

  test("an empty archive has no children", async () => {
    expect(await extract("tom.zip", zipSync({}))).toEqual({ name: "tom.zip", contentType: "", children: [] });
  });

  test("zip bomb: an archive whose declared content is over the ratio limit is not inflated at all", async () => {
    const bomb = zipSync({ "nuller.txt": new Uint8Array(20 * MB) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const counter = createBudgetCounter(DEFAULT_BUDGET);
    const a = await extract("bombe.zip", bomb, { ...options(), counter });
    expect(a.unreadable).toBe("zip-bomb");
    expect(counter.bytes).toBe(0);
  });

  test("zip bomb: one entry over the ratio limit is an unreadable child; the others are read", async () => {
    const a = await extract(
      "blandet.zip",
      zipSync({ "nuller.txt": new Uint8Array(2 * MB), "støj.txt": noise(300 * 1024), "ok.txt": enc("læsbar") }),
    );
    expect(a.unreadable).toBeUndefined();
    expect(child(a, "nuller.txt").unreadable).toBe("zip-bomb");
    expect(child(a, "ok.txt").text).toBe("læsbar");
  });

  test("lying headers: an entry that inflates past its declared size is stopped while inflating", async () => {
    const honest = zipSync({ "nuller.txt": new Uint8Array(3 * MB) });
    const counter = createBudgetCounter(DEFAULT_BUDGET);
    const a = await extract("løgn.zip", lieAboutSizes(honest, 1000), { ...options(), counter });
    expect(child(a, "nuller.txt").unreadable).toBe("zip-bomb");
    // Inflation stopped within one slice of the lie, far from the real 3 MB.
    expect(counter.bytes).toBeLessThan(MB);
  });

  test("lying headers: an entry that inflates to less than declared is corrupt", async () => {
    const a = await extract("kort.zip", lieAboutSizes(zipSync({ "a.txt": enc("kort tekst") }), 500));
    expect(child(a, "a.txt").unreadable).toBe("corrupt");
  });

  test("too many entries: the archive is unreadable", async () => {
    const entries = [];
    for (let i = 0; i < 1001; i++) entries.push({ name: `f${i}.txt`, bytes: enc("x") });
    expect((await extract("mange.zip", makeZip(entries))).unreadable).toBe("too-many-entries");
    expect((await extract("få.zip", makeZip(entries.slice(0, 5)), options({ maxEntries: 4 }))).unreadable).toBe("too-many-entries");
  });

  test("too many entries across nested archives of one message", async () => {
    const inner = (tag: string) => makeZip(Array.from({ length: 600 }, (_, i) => ({ name: `${tag}${i}.txt`, bytes: enc("x") })));
    const a = await extract("ydre.zip", makeZip([{ name: "a.zip", bytes: inner("a") }, { name: "b.zip", bytes: inner("b") }]));
    const reasons = ["a.zip", "b.zip"].map((n) => child(a, n).unreadable);
    expect(reasons.filter((r) => r === "too-many-entries")).toHaveLength(1);
    expect(reasons.filter((r) => r === undefined)).toHaveLength(1);
  });

  test("an entry over the per-attachment limit is too-large; over the message's byte budget is over-budget", async () => {
    const a = await extract("store.zip", zipSync({ "stor.txt": new Uint8Array(100 * 1024), "lille.txt": enc("lille") }), options({ maxBytesPerAttachment: 50 * 1024 }));
    expect(child(a, "stor.txt").unreadable).toBe("too-large");
    expect(child(a, "lille.txt").text).toBe("lille");
    const b = await extract("budget.zip", zipSync({ "a.txt": noise(40 * 1024, 1), "b.txt": noise(40 * 1024, 2) }), options({ maxTotalBytes: 60 * 1024 }));
    expect((b.children || []).map((c) => c.unreadable)).toEqual([undefined, "over-budget"]);
  });

  test("a truncated archive is corrupt; garbage named .zip is corrupt", async () => {
    const z = makeZip([{ name: "a.txt", bytes: noise(5000) }, { name: "b.txt", bytes: enc("b") }]);
    expect((await extract("halv.zip", z.subarray(0, z.length - 30))).unreadable).toBe("corrupt");
    expect((await extract("skrald.zip", enc("ikke en zip"))).unreadable).toBe("corrupt");
  });

  test("an entry whose data does not inflate is a corrupt child; the others are read", async () => {
    const z = zipSync({ "a.txt": noise(5000), "b.txt": enc("bee") }, { level: 0 });
    const broken = z.slice();
    // a.txt's local header now claims deflate for its stored (random) bytes.
    new DataView(broken.buffer).setUint16(8, 8, true);
    const a = await extract("skadet.zip", broken);
    expect(child(a, "a.txt").unreadable).toBe("corrupt");
    expect(child(a, "b.txt").text).toBe("bee");
  });

  test("nested zips are opened up to the depth limit; deeper ones are nested-too-deep", async () => {
    const level1 = makeZip([{ name: "dyb.txt", bytes: enc("helt inde") }]);
    const level2 = makeZip([{ name: "l1.zip", bytes: level1 }]);
    const level3 = makeZip([{ name: "l2.zip", bytes: level2 }]);
    const level4 = makeZip([{ name: "l3.zip", bytes: level3 }]);
    const ok = await extract("l3.zip", level3);
    expect(child(child(child(ok, "l2.zip"), "l1.zip"), "dyb.txt").text).toBe("helt inde");
    const deep = await extract("l4.zip", level4);
    expect(child(child(child(deep, "l3.zip"), "l2.zip"), "l1.zip").unreadable).toBe("nested-too-deep");
    expect((await extract("l2.zip", level2, options({ maxDepth: 1 }))).children![0].unreadable).toBe("nested-too-deep");
  });

  test("an AES-encrypted entry (method 99) is encrypted", async () => {
    const z = zipSync({ "hemmelig.txt": enc("tekst") }, { level: 0 });
    const out = z.slice();
    const dv = new DataView(out.buffer);
    for (let i = 0; i + 4 <= out.length; i++) {
      if (dv.getUint32(i, true) === 0x04034b50) dv.setUint16(i + 8, 99, true);
      if (dv.getUint32(i, true) === 0x02014b50) dv.setUint16(i + 10, 99, true);
    }
    expect(child(await extract("aes.zip", out), "hemmelig.txt").unreadable).toBe("encrypted");
  });
});
