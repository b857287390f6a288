/**
 * Draws the app's icon (two parallel paths on the brand colour) and writes
 * it where browsers and Next.js look for it:
 * - app/icon.svg and app/apple-icon.png (Next.js adds their <link> tags);
 * - public/favicon.ico (16, 32 and 48 px), public/icon-192.png and
 *   public/icon-512.png for anything that asks for them by address
 *   (/icon.svg is served from app/icon.svg).
 * Run with `npx tsx lib/cli/icons.ts` after changing the drawing; the files are committed.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const BRAND = "#0b5563";

/** 64 × 64 units: a rounded square, two rising parallel paths and a dot where they lead. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <title>Parallel</title>
  <rect width="64" height="64" rx="14" fill="${BRAND}"/>
  <path d="M14 46 L34 18" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
  <path d="M29 48 L49 20" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>
  <circle cx="50" cy="47" r="5" fill="#f2c14e"/>
</svg>
`;

const root = process.cwd();
const write = (relative: string, data: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), data);
  console.log(`${relative}: ${Buffer.byteLength(data)} bytes`);
};

const png = (size: number) => sharp(Buffer.from(ICON_SVG), { density: Math.ceil((72 * size) / 64) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images (supported by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

async function main() {
  write("app/icon.svg", ICON_SVG);
  write("app/apple-icon.png", await png(180));
  write("public/icon-192.png", await png(192));
  write("public/icon-512.png", await png(512));
  const sizes = [16, 32, 48];
  write("public/favicon.ico", ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
