import sharp from "sharp";
import { formatOf, imageEnd, markupIn, prepareLogo } from "./company-logo.image";

const photo = (format: "png" | "jpeg" | "webp", options: Record<string, unknown> = {}) =>
  sharp({ create: { width: 240, height: 160, channels: 3, background: "#000", noise: { type: "gaussian", mean: 120, sigma: 50 } } })
    .toFormat(format, options)
    .toBuffer();

describe("where an image ends, by its own structure", () => {
  test.each([
    ["a PNG", () => photo("png")],
    ["an interlaced PNG with a palette", () => photo("png", { progressive: true, palette: true })],
    ["a baseline JPEG", () => photo("jpeg")],
    ["a progressive JPEG (many scans)", () => photo("jpeg", { progressive: true })],
    [
      "a JPEG with EXIF",
      async () =>
        sharp(await photo("jpeg"))
          .withExif({ IFD0: { Copyright: "Acme" } })
          .jpeg()
          .toBuffer(),
    ],
    ["a lossy WebP", () => photo("webp")],
    ["a lossless WebP", () => photo("webp", { lossless: true })],
  ])("%s ends at its last byte, and is accepted", async (_name, make) => {
    const bytes = await make();
    const format = formatOf(bytes)!;
    expect(imageEnd(bytes, format)).toBe(bytes.length);
    const logo = await prepareLogo(bytes);
    expect(logo.images.map((i) => i.size)).toEqual([64, 128, 256]);
    expect(logo.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  test("a JPEG's end is its EOI even when the bytes after it look like one", async () => {
    const bytes = await photo("jpeg");
    const longer = Buffer.concat([bytes, Buffer.from([0xff, 0xd9])]);
    expect(imageEnd(longer, "jpeg")).toBe(bytes.length);
  });

  test("the same image always makes the same logo (its URL doesn't change when it is uploaded again)", async () => {
    const bytes = await photo("png");
    expect((await prepareLogo(bytes)).hash).toBe((await prepareLogo(Buffer.from(bytes))).hash);
  });
});

describe("what a file says it is", () => {
  test.each([
    ["GIF89a...", null],
    ["<svg xmlns='http://www.w3.org/2000/svg'/>", null],
    ["RIFF\0\0\0\0WAVEfmt ", null],
    ["BM6\0\0\0", null],
  ])("%j is none of ours", (text, format) => {
    expect(formatOf(Buffer.from(text, "latin1"))).toBe(format);
  });

  test("markup is found in any case, anywhere", () => {
    expect(markupIn(Buffer.from("\x89PNG....<ScRiPt>"))).toBe("<script");
    expect(markupIn(Buffer.from("....<!DOCTYPE html>"))).toBe("<!doctype");
    expect(markupIn(Buffer.from("....<?php echo 1;"))).toBe("<?php");
    expect(markupIn(Buffer.from("a < b, svg"))).toBeNull();
  });
});
