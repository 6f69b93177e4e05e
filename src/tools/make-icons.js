#!/usr/bin/env node
/*
 * Writes the add-in icons:
 * - assets/icon-{16,32,64,80,128}.png, for manifest.xml (ribbon buttons, IconUrl,
 *   HighResolutionIconUrl): a dark-blue rounded square with a white padlock (shackle, body, dark
 *   keyhole);
 * - assets/icon-192.png and assets/icon-outline-32.png, the two app icons of the unified manifest
 *   (manifest.json "icons", the app package). Microsoft's rules for those: "color" is a full-colour
 *   192x192 PNG, a full square (the host masks it) with any logo inside the central 120x120 safe
 *   area; "outline" is a 32x32 PNG, white on a transparent background. So icon-192 is the same
 *   padlock on a square, fully opaque background, scaled to fit the safe area, and
 *   icon-outline-32 is the padlock alone, in white only, its keyhole cut out, everything else
 *   transparent. test/manifest/manifest-json.test.ts checks sizes, opacity and colours.
 *
 * Drawn by geometry and anti-aliased by supersampling. No dependencies beyond Node's built-ins
 * (zlib for the PNG IDAT stream). Output is deterministic, so re-running gives identical files.
 *
 *   node src/tools/make-icons.js [outDir]     (default: <repo>/assets)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
// The unified manifest's app icons (see the top of this file).
const APP_ICONS = [
  { file: "icon-192.png", size: 192, style: "color" },
  { file: "icon-outline-32.png", size: 32, style: "outline" },
];
const SUPERSAMPLE = 8; // 8x8 samples per pixel

const BACKGROUND = [0x1b, 0x36, 0x5d]; // dark blue
const FOREGROUND = [0xff, 0xff, 0xff]; // white lock

// ---- geometry, in unit coordinates (0..1, y downwards) --------------------------------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inCircle(x, y, cx, cy, r) {
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

const LOCK = {
  shackleCx: 0.5,
  shackleCy: 0.4,
  shackleOuter: 0.18,
  shackleInner: 0.105,
  bodyX0: 0.25,
  bodyY0: 0.46,
  bodyX1: 0.75,
  bodyY1: 0.84,
  bodyR: 0.06,
  keyCy: 0.6,
  keyR: 0.06,
  keySlotHalfWidth: 0.028,
  keySlotBottom: 0.74,
};

function inBackground(x, y) {
  return inRoundedRect(x, y, 0, 0, 1, 1, 0.2);
}

function inShackle(x, y) {
  const L = LOCK;
  if (y <= L.shackleCy) {
    return inCircle(x, y, L.shackleCx, L.shackleCy, L.shackleOuter) &&
      !inCircle(x, y, L.shackleCx, L.shackleCy, L.shackleInner);
  }
  if (y > L.bodyY0 + 0.02) return false;
  const left0 = L.shackleCx - L.shackleOuter;
  const left1 = L.shackleCx - L.shackleInner;
  const right0 = L.shackleCx + L.shackleInner;
  const right1 = L.shackleCx + L.shackleOuter;
  return (x >= left0 && x <= left1) || (x >= right0 && x <= right1);
}

function inKeyhole(x, y) {
  const L = LOCK;
  if (inCircle(x, y, 0.5, L.keyCy, L.keyR)) return true;
  return y >= L.keyCy && y <= L.keySlotBottom && Math.abs(x - 0.5) <= L.keySlotHalfWidth;
}

function inLock(x, y) {
  const L = LOCK;
  if (inShackle(x, y)) return true;
  return inRoundedRect(x, y, L.bodyX0, L.bodyY0, L.bodyX1, L.bodyY1, L.bodyR) && !inKeyhole(x, y);
}

// ---- rasterising ------------------------------------------------------------------------

// How each kind of icon is drawn. lockScale > 1 draws the padlock larger, around the centre.
const STYLES = {
  // manifest.xml's icons: rounded tile, padlock as designed.
  tile: { background: inBackground, lockScale: 1 },
  // Unified "color": a full square (the host applies its own mask); the padlock, 0.62 of the
  // height as designed, scaled by 0.9 spans 0.25..0.81, inside the 120/192 safe area (0.19..0.81).
  color: { background: () => true, lockScale: 0.9 },
  // Unified "outline": the padlock alone in white on transparent, larger so it reads at 32 px.
  outline: { background: null, lockScale: 1.2 },
};

function render(size, styleName = "tile") {
  const style = STYLES[styleName];
  if (!style) throw new Error(`unknown icon style: ${styleName}`);
  const s = style.lockScale;
  // (Scale 1 leaves the coordinates untouched, so the tile icons stay byte for byte as before.)
  const lockAt = s === 1 ? inLock : (x, y) => inLock(0.5 + (x - 0.5) / s, 0.5 + (y - 0.5) / s);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (lockAt(x, y)) fg++;
          else if (style.background && style.background(x, y)) bg++;
        }
      }
      const covered = bg + fg;
      const o = (py * size + px) * 4;
      if (covered === 0) continue; // fully transparent
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round((BACKGROUND[c] * bg + FOREGROUND[c] * fg) / covered);
      }
      rgba[o + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return rgba;
}

// ---- PNG encoding -----------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  const icons = [...SIZES.map((size) => ({ file: `icon-${size}.png`, size, style: "tile" })), ...APP_ICONS];
  for (const { file: name, size, style } of icons) {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, encodePng(size, size, render(size, style)));
    console.log(`wrote ${path.relative(process.cwd(), file) || file} (${size}x${size}, ${style})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES, APP_ICONS };
