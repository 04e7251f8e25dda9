import { createHash } from "node:crypto";
import sharp from "sharp";
import { BadUserInputError } from "../../shared/errors/app-error";

/**
 * A company logo as uploaded, checked by its content and made into what the site serves.
 *
 * What is accepted: a PNG, JPEG or WebP (by its first bytes, whatever its name or Content-Type), at
 * most MAX_LOGO_BYTES, ending where its own format says it ends, with no markup in it, that sharp
 * decodes in full within MAX_LOGO_PIXELS. What is stored is never those bytes: sharp draws the image
 * into squares of LOGO_SIZES (contained on a transparent background) and encodes them as WebP anew,
 * so nothing that rode along in the upload (metadata, a script in a comment, trailing data) is kept.
 */

/** The squares the site shows a logo in, in CSS pixels times two: cards (48 px), the job page (64), the company page (72). */
export const LOGO_SIZES = [64, 128, 256] as const;
export type LogoSize = (typeof LOGO_SIZES)[number];
/** The largest upload read: 1 MB. */
export const MAX_LOGO_BYTES = 1024 * 1024;
/** The largest image decoded (width × height): a small file that decodes to a huge one is refused before it is drawn. */
export const MAX_LOGO_PIXELS = 4096 * 4096;
/** What every stored logo is. */
export const LOGO_MIME = "image/webp";

type Format = "png" | "jpeg" | "webp";

/** What the upload form tells people it takes. */
const ACCEPTED = "Upload a PNG, JPEG or WebP image";

/** Markup that makes a file something else as well (an HTML page, an SVG, a PHP script) when a browser or server misreads it. */
const MARKUP = ["<script", "<html", "<svg", "<?php", "<!doctype", "<iframe", "<object", "<embed"];

/** A logo ready to store: one WebP square per size, and the hash of them all (in their URLs). */
export interface PreparedLogo {
  hash: string;
  mime: typeof LOGO_MIME;
  images: { size: LogoSize; bytes: Buffer }[];
}

const refuse = (message: string) => BadUserInputError.field("logo", message);

/** The format the file's first bytes say it is, or null for anything else (SVG, GIF, text...). */
export function formatOf(bytes: Buffer): Format | null {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  return null;
}

/** Where a PNG ends: after its IEND chunk. Null when its chunks don't add up. */
function pngEnd(bytes: Buffer): number | null {
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    at += 12 + length; // length, type, data, CRC
    if (at > bytes.length) return null;
    if (type === "IEND") return at;
  }
  return null;
}

/**
 * Where a JPEG ends: after its EOI marker, found by walking its segments (each says how long it is)
 * and, after each start of scan, the entropy-coded data (where 0xFF is followed by 0x00 or a restart
 * marker). Null when it never ends.
 */
function jpegEnd(bytes: Buffer): number | null {
  let at = 2; // after SOI
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (at < bytes.length && bytes[at] === 0xff) at++; // fill bytes
    if (at >= bytes.length) return null;
    const marker = bytes[at++];
    if (marker === 0xd9) return at; // EOI
    if (marker === 0x00 || marker === 0xd8) return null;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // markers without a length
    if (at + 2 > bytes.length) return null;
    const length = bytes.readUInt16BE(at);
    if (length < 2) return null;
    at += length;
    if (marker !== 0xda) continue;
    // Start of scan: entropy-coded data up to the next marker.
    for (;;) {
      at = bytes.indexOf(0xff, at);
      if (at < 0) return null;
      const next = bytes[at + 1];
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) at += 2;
      else if (next === 0xff) at += 1;
      else break;
    }
  }
  return null;
}

/** Where a WebP ends: its RIFF header says how long it is. */
function webpEnd(bytes: Buffer): number {
  return 8 + bytes.readUInt32LE(4);
}

/** Where the image's own data ends, as its format defines it; null when its structure is broken. */
export function imageEnd(bytes: Buffer, format: Format): number | null {
  if (format === "png") return pngEnd(bytes);
  if (format === "jpeg") return jpegEnd(bytes);
  return webpEnd(bytes);
}

/** The first markup signature in the file (any case), or null. */
export function markupIn(bytes: Buffer): string | null {
  const text = bytes.toString("latin1").toLowerCase();
  return MARKUP.find((signature) => text.includes(signature)) ?? null;
}

/**
 * Checks an upload (see the top of this file) and makes the logo's squares, or throws
 * BAD_USER_INPUT on `logo` saying what is wrong.
 */
export async function prepareLogo(bytes: Buffer): Promise<PreparedLogo> {
  if (bytes.length === 0) throw refuse(`The file is empty. ${ACCEPTED}.`);
  if (bytes.length > MAX_LOGO_BYTES) throw refuse(`The file is larger than 1 MB. ${ACCEPTED} of at most 1 MB.`);
  const format = formatOf(bytes);
  if (!format) throw refuse(`This file is not a PNG, JPEG or WebP image (SVG, GIF and other files are not accepted). ${ACCEPTED}.`);
  const end = imageEnd(bytes, format);
  if (end == null || end > bytes.length) throw refuse(`The image is damaged or incomplete. ${ACCEPTED} saved again from your editor.`);
  if (end < bytes.length) throw refuse(`The file has data after the end of the image. ${ACCEPTED} saved again from your editor.`);
  if (markupIn(bytes)) throw refuse(`The file contains markup or script. ${ACCEPTED} saved again from your editor.`);

  let square: { data: Buffer; info: sharp.OutputInfo };
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: "warning" });
    const meta = await input.metadata();
    if (meta.format !== format) throw refuse(`This file is not a PNG, JPEG or WebP image. ${ACCEPTED}.`);
    // The whole image is decoded here (a damaged one fails), turned upright, and drawn into the largest square.
    const largest = LOGO_SIZES[LOGO_SIZES.length - 1];
    square = await input
      .rotate()
      .resize(largest, largest, { fit: "contain", background: { r: 255, g: 255, b: 255, alpha: 0 } })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message)) throw refuse(`The image is too large: at most 4096 × 4096 pixels. ${ACCEPTED}, e.g. 512 × 512.`);
    throw refuse(`The image can't be read: it is damaged or not really a PNG, JPEG or WebP. ${ACCEPTED}.`);
  }

  const { width, height, channels } = square.info;
  const images = await Promise.all(
    LOGO_SIZES.map(async (size) => ({
      size,
      bytes: await sharp(square.data, { raw: { width, height, channels } })
        .resize(size, size)
        .webp({ quality: 90, alphaQuality: 100, effort: 4 })
        .toBuffer(),
    })),
  );
  const hash = createHash("sha256");
  for (const image of images) hash.update(image.bytes);
  return { hash: hash.digest("hex").slice(0, 16), mime: LOGO_MIME, images };
}
