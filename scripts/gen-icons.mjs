// Draws the toolbar icon (a lens over a rising bar) at each size the manifest needs, as PNGs in assets/public/icon/.
// Generated once and committed; rerun after changing the drawing. No image library: a signed-distance
// rasteriser with 4×4 supersampling is enough for flat shapes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [179, 38, 30];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1): which colour covers point (u, v), or null for transparent.
function shade(u, v) {
  const r = 0.2; // rounded-square background
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  const cx = 0.44,
    cy = 0.42,
    ring = Math.hypot(u - cx, v - cy);
  if (ring > 0.2 && ring < 0.27) return WHITE; // the lens
  const t = (u - 0.6 + v - 0.6) / 2; // the handle, along the diagonal
  const off = Math.abs(u - 0.6 - (v - 0.6)) / Math.SQRT2;
  if (t > 0.02 && t < 0.2 && off < 0.05) return WHITE;
  if (u > 0.35 && u < 0.41 && v > 0.42 && v < 0.52) return WHITE; // bars inside the lens
  if (u > 0.44 && u < 0.5 && v > 0.34 && v < 0.52) return WHITE;
  return RED;
}

mkdirSync('assets/public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const n = 4;
  const image = png(size, (x, y) => {
    let rr = 0,
      gg = 0,
      bb = 0,
      aa = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const c = shade((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (c) {
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa++;
        }
      }
    return aa
      ? [Math.round(rr / aa), Math.round(gg / aa), Math.round(bb / aa), Math.round((255 * aa) / (n * n))]
      : [0, 0, 0, 0];
  });
  writeFileSync(`assets/public/icon/${size}.png`, image);
  console.log(`assets/public/icon/${size}.png`);
}
