import { request as httpRequest } from "node:http";
import sharp from "sharp";
import { bearer, browserCookie, makeApiKey, makeUser, sessionFor } from "../../../test/support/accounts";
import { testConfig, useTestApi } from "../../../test/support/test-api";
import { Role } from "../accounts";
import { LOGO_UPLOADS_PER_HOUR } from "./company-logo.service";

const api = useTestApi();

/** The API's public URL, which every logoUrl starts with (the test server itself listens elsewhere). */
const PUBLIC_API_URL = testConfig().PUBLIC_API_URL;

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function send(method: "PUT" | "DELETE", body: Buffer | string | null, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${api.server.url}/company-logo`, { method, headers: { "content-type": "image/png", ...headers }, body });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** An account of `role` (with `companyId`), and the headers a script holding its session sends. */
async function account(role: Role, companyId: number | null = null): Promise<Record<string, string>> {
  const user = await makeUser(api.ds, { role, companyId });
  return bearer(await sessionFor(api.ds, user));
}

/** A company and one of its employers. */
async function employerOf(over: { logoUrl?: string | null } = {}) {
  const company = await api.make.company(over);
  return { company, headers: await account(Role.EMPLOYER, company.id) };
}

/** GET of a URL the API gave, on the test server. */
function served(url: string): Promise<Response> {
  expect(url.startsWith(`${PUBLIC_API_URL}/logos/`)).toBe(true);
  return fetch(`${api.server.url}${new URL(url).pathname}`);
}

/** The status of a conditional GET (`If-None-Match`), as a browser revalidates (fetch would add `Cache-Control: no-cache`). */
function revalidated(url: string, etag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(`${api.server.url}${new URL(url).pathname}`, { headers: { "if-none-match": etag } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on("error", reject)
      .end();
  });
}

async function publicCompany(slug: string, size?: number): Promise<{ logoUrl: string | null }> {
  const res = await api.gql(`query ($slug: String!, $size: Int) { company(slug: $slug) { logoUrl(size: $size) } }`, { slug, size });
  expect(res.errors).toBeUndefined();
  return res.data!.company as { logoUrl: string | null };
}

async function storedLogos(): Promise<number> {
  const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM company_logos`);
  return n as number;
}

function badInput(answer: Answer): string {
  expect(answer.status).toBe(400);
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors;
  expect(error.extensions.code).toBe("BAD_USER_INPUT");
  expect(error.extensions.fields).toEqual([{ field: "logo", message: expect.any(String) }]);
  return error.extensions.fields[0].message as string;
}

const red = { r: 220, g: 30, b: 60, alpha: 1 };
const png = (width = 300, height = 200) =>
  sharp({ create: { width, height, channels: 4, background: red } })
    .png()
    .toBuffer();
const jpeg = (width = 400, height = 300) =>
  sharp({ create: { width, height, channels: 3, background: red } })
    .jpeg()
    .toBuffer();
const webp = (width = 120, height = 120) =>
  sharp({ create: { width, height, channels: 4, background: red } })
    .webp()
    .toBuffer();

/** A JPEG with a comment segment (COM, 0xFFFE) right after its start: where editors keep text. */
function withJpegComment(image: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, "latin1");
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([image.subarray(0, 2), segment, text, image.subarray(2)]);
}

describe("uploading a logo", () => {
  test.each([
    ["PNG", png, "image/png"],
    ["JPEG", jpeg, "image/jpeg"],
    ["WebP", webp, "image/webp"],
  ])("a %s is resized into 64, 128 and 256 px WebP squares, served with long cache headers", async (_name, make, type) => {
    const { company, headers } = await employerOf();
    const upload = await send("PUT", await make(), { ...headers, "content-type": type });
    expect(upload.status).toBe(200);
    const logoUrl = upload.body.company.logoUrl as string;
    expect(logoUrl).toMatch(new RegExp(`^${PUBLIC_API_URL}/logos/${company.slug}/256-[0-9a-f]{16}\\.webp$`));
    expect(await publicCompany(company.slug)).toEqual({ logoUrl });

    for (const [asked, size] of [
      [48, 64],
      [96, 128],
      [144, 256],
      [1024, 256],
    ]) {
      const url = (await publicCompany(company.slug, asked)).logoUrl!;
      const res = await served(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const etag = res.headers.get("etag");
      expect(etag).toMatch(/^"[0-9a-f]{16}-\d+"$/);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", size, size]);
      // A browser that has it asks again only to hear it is unchanged.
      expect(await revalidated(url, etag!)).toBe(304);
    }
    // What is stored was made here: a WebP, never the uploaded bytes.
    const rows: { size: number; mime: string }[] = await api.ds.query(`SELECT size, mime FROM company_logos ORDER BY size`);
    expect(rows).toEqual([64, 128, 256].map((size) => ({ size, mime: "image/webp" })));
  });

  test("an image that isn't square is contained in the square (transparent around it), not cropped", async () => {
    const { headers } = await employerOf();
    const upload = await send("PUT", await png(400, 100), headers);
    const res = await served(upload.body.company.logoUrl as string);
    const { data, info } = await sharp(Buffer.from(await res.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    expect([alphaAt(128, 5), alphaAt(128, 128)]).toEqual([0, 255]);
  });

  test("a new logo replaces the old one (the old URL is gone); a company's logo elsewhere is replaced too", async () => {
    const { company, headers } = await employerOf({ logoUrl: "https://logo.example/acme.png" });
    expect(await publicCompany(company.slug)).toEqual({ logoUrl: "https://logo.example/acme.png" });
    const first = (await send("PUT", await png(), headers)).body.company.logoUrl as string;
    const second = (await send("PUT", await jpeg(), headers)).body.company.logoUrl as string;
    expect(second).not.toBe(first);
    expect(await publicCompany(company.slug)).toEqual({ logoUrl: second });
    expect((await served(first)).status).toBe(404);
    expect((await served(second)).status).toBe(200);
    expect(await storedLogos()).toBe(3);
  });

  test("the employer removes the logo: no logo is shown and its files are gone", async () => {
    const { company, headers } = await employerOf();
    const url = (await send("PUT", await png(), headers)).body.company.logoUrl as string;
    const removed = await send("DELETE", null, headers);
    expect(removed.status).toBe(200);
    expect(removed.body.company.logoUrl).toBeNull();
    expect(await publicCompany(company.slug)).toEqual({ logoUrl: null });
    expect((await served(url)).status).toBe(404);
    expect(await storedLogos()).toBe(0);
  });

  test("logos the API doesn't have are 404", async () => {
    const { company, headers } = await employerOf();
    const url = (await send("PUT", await png(), headers)).body.company.logoUrl as string;
    const path = new URL(url).pathname;
    for (const wrong of [
      path.replace(/[0-9a-f]{16}/, "0123456789abcdef"),
      path.replace("/256-", "/100-"),
      path.replace(`/${company.slug}/`, "/someone-else/"),
      path.replace(".webp", ".png"),
    ]) {
      const res = await fetch(`${api.server.url}${wrong}`);
      expect([wrong, res.status]).toEqual([wrong, 404]);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  test("a size out of 1 to 1024 is BAD_USER_INPUT on size, however often a good size was asked before", async () => {
    const { company, headers } = await employerOf();
    await send("PUT", await png(), headers);
    const ask = (size: number) =>
      api.gql(`query ($slug: String!, $size: Int) { company(slug: $slug) { logoUrl(size: $size) } }`, { slug: company.slug, size });
    for (const size of [0, 2000, 64, 64, 1025, -1, 64]) {
      const res = await ask(size);
      if (size >= 1 && size <= 1024) {
        expect([size, res.errors]).toEqual([size, undefined]);
        expect(res.data!.company).toEqual({ logoUrl: expect.stringMatching(/\/64-[0-9a-f]{16}\.webp$/) });
      } else {
        expect([size, res.errors?.map((e) => [e.extensions?.code, e.extensions?.fields])]).toEqual([
          size,
          [
            [
              "BAD_USER_INPUT",
              [{ field: "size", message: expect.stringMatching(size < 1 ? /not be less than 1/ : /not be greater than 1024/) }],
            ],
          ],
        ]);
      }
    }
  });
});

describe("what is refused, and nothing is stored", () => {
  const pngWith = async (extra: string) => Buffer.concat([await png(), Buffer.from(extra)]);
  const cases: [string, () => Promise<Buffer | string>, string, RegExp][] = [
    ["a text file sent as logo.png", async () => "Just some notes, not an image.\n", "image/png", /not a PNG, JPEG or WebP/],
    [
      "an SVG",
      async () => '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="red"/></svg>',
      "image/svg+xml",
      /not a PNG, JPEG or WebP/,
    ],
    [
      "a GIF",
      () =>
        sharp({ create: { width: 32, height: 32, channels: 3, background: red } })
          .gif()
          .toBuffer(),
      "image/gif",
      /not a PNG/,
    ],
    [
      "a PNG with an HTML page and a script after its end",
      () => pngWith("<html><script>alert(document.cookie)</script></html>"),
      "image/png",
      /after the end/,
    ],
    ["a PNG with bytes after its end", () => pngWith("\0\0\0\0"), "image/png", /after the end/],
    [
      "a JPEG with <script> in a comment",
      async () => withJpegComment(await jpeg(), "<script>alert(1)</script>"),
      "image/jpeg",
      /markup or script/,
    ],
    [
      "a JPEG with PHP after its end",
      async () => Buffer.concat([await jpeg(), Buffer.from("<?php system($_GET['c']); ?>")]),
      "image/jpeg",
      /after the end/,
    ],
    [
      "a WebP longer than its RIFF header says",
      async () => Buffer.concat([await webp(), Buffer.from("<svg onload=alert(1)>")]),
      "image/webp",
      /after the end/,
    ],
    ["a PNG cut short", async () => (await png()).subarray(0, 60), "image/png", /damaged or incomplete/],
    [
      "a PNG whose pixels are damaged",
      async () => {
        const image = await sharp({
          create: { width: 200, height: 200, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } },
        })
          .png()
          .toBuffer();
        const broken = Buffer.from(image);
        broken.fill(0x41, 200, 400); // inside the image data, whose CRC no longer matches
        return broken;
      },
      "image/png",
      /can't be read/,
    ],
    ["an empty file", async () => "", "image/png", /empty/],
  ];

  test.each(cases)("%s", async (_name, make, type, message) => {
    const { company, headers } = await employerOf({ logoUrl: "https://logo.example/kept.png" });
    expect(badInput(await send("PUT", await make(), { ...headers, "content-type": type }))).toMatch(message);
    expect(await storedLogos()).toBe(0);
    expect(await publicCompany(company.slug)).toEqual({ logoUrl: "https://logo.example/kept.png" });
  });

  test("a decompression bomb: a small file of more than 4096 × 4096 pixels", async () => {
    const { headers } = await employerOf();
    const bomb = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: { r: 255, g: 255, b: 255 } } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(200_000);
    expect(badInput(await send("PUT", bomb, headers))).toMatch(/at most 4096 × 4096 pixels/);
    expect(await storedLogos()).toBe(0);
  });

  test("a 5 MB image is refused (by its Content-Length, before it is read)", async () => {
    const { headers } = await employerOf();
    const side = 1300;
    const noise = await sharp({
      create: { width: side, height: side, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 80 } },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(5_000_000);
    expect(badInput(await send("PUT", noise, headers))).toMatch(/larger than 1 MB/);
    expect(await storedLogos()).toBe(0);
    // The connection is still good for the next request.
    expect((await send("PUT", await png(), headers)).status).toBe(200);
  });

  test("a body with no length is refused as soon as it passes 1 MB: the answer comes while the client is still sending", async () => {
    const { headers } = await employerOf();
    const url = new URL(`${api.server.url}/company-logo`);
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(url, { method: "PUT", headers: { ...headers, "content-type": "image/png", "transfer-encoding": "chunked" } });
      req.on("error", reject);
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode!, body: JSON.parse(text) });
          req.destroy(); // the rest of the "upload" is never sent
        });
      });
      // 1.5 MB, and the request is never ended: only an answer given before the end settles this.
      const chunk = Buffer.alloc(64 * 1024, 0x89);
      for (let sent = 0; sent < 1.5 * 1024 * 1024; sent += chunk.length) req.write(chunk);
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: [{ field: "logo", message: expect.stringMatching(/larger than 1 MB/) }],
    });
    expect(await storedLogos()).toBe(0);
  });
});

describe("who may upload", () => {
  test("nobody signed in: 401 UNAUTHENTICATED", async () => {
    await api.make.company();
    const res = await send("PUT", await png());
    expect([res.status, res.body.errors[0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    expect((await send("DELETE", null)).status).toBe(401);
    expect(await storedLogos()).toBe(0);
  });

  test("a job seeker (and an admin): 403 FORBIDDEN; an API key: 403", async () => {
    const company = await api.make.company();
    for (const role of [Role.JOB_SEEKER, Role.ADMIN]) {
      const res = await send("PUT", await png(), await account(role, company.id));
      expect([role, res.status, res.body.errors[0].extensions.code]).toEqual([role, 403, "FORBIDDEN"]);
    }
    const { secret } = await makeApiKey(api.ds);
    const partner = await send("PUT", await png(), { "x-api-key": secret });
    expect([partner.status, partner.body.errors[0].extensions.code]).toEqual([403, "FORBIDDEN"]);
    expect(await storedLogos()).toBe(0);
  });

  test("an employer without a company: BAD_USER_INPUT, create the company first", async () => {
    const headers = await account(Role.EMPLOYER);
    expect(badInput(await send("PUT", await png(), headers))).toMatch(/Create your company's profile first/);
    expect(badInput(await send("DELETE", null, headers))).toMatch(/Create your company's profile first/);
  });

  test("an employer changes only their own company's logo, never another's", async () => {
    const acme = await employerOf();
    const other = await employerOf();
    const acmeUrl = (await send("PUT", await png(), acme.headers)).body.company.logoUrl as string;
    const acmeBytes = Buffer.from(await (await served(acmeUrl)).arrayBuffer());

    const otherUpload = await send("PUT", await jpeg(), other.headers);
    expect(otherUpload.body.company.slug).toBe(other.company.slug);
    await send("DELETE", null, other.headers);

    expect(await publicCompany(acme.company.slug)).toEqual({ logoUrl: acmeUrl });
    expect(Buffer.from(await (await served(acmeUrl)).arrayBuffer())).toEqual(acmeBytes);
    expect(await publicCompany(other.company.slug)).toEqual({ logoUrl: null });
  });

  test("the web app's pages upload with the session cookie; another site's page can't", async () => {
    const company = await api.make.company();
    const user = await makeUser(api.ds, { role: Role.EMPLOYER, companyId: company.id });
    const token = await sessionFor(api.ds, user);
    expect((await send("PUT", await png(), browserCookie(token))).status).toBe(200);
    const forged = await send("DELETE", null, browserCookie(token, "https://evil.example"));
    expect([forged.status, forged.body.errors[0].extensions.code]).toEqual([403, "FORBIDDEN"]);
    expect(await storedLogos()).toBe(3);

    // The browser's preflight: the web app's origin may PUT with its cookie, another site may not.
    const preflight = (origin: string) =>
      fetch(`${api.server.url}/company-logo`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "PUT", "access-control-request-headers": "content-type" },
      });
    const ours = await preflight(browserCookie(token).origin);
    expect(ours.headers.get("access-control-allow-origin")).toBe(browserCookie(token).origin);
    expect(ours.headers.get("access-control-allow-credentials")).toBe("true");
    expect(ours.headers.get("access-control-allow-methods")).toContain("PUT");
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  test(`an account uploads at most ${LOGO_UPLOADS_PER_HOUR} times an hour (refused files count too)`, async () => {
    const { headers } = await employerOf();
    for (let i = 0; i < LOGO_UPLOADS_PER_HOUR; i++) badInput(await send("PUT", "not an image", headers));
    const res = await send("PUT", await png(), headers);
    expect([res.status, res.body.errors[0].extensions.code]).toEqual([429, "RATE_LIMITED"]);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another account is not held back by this one.
    expect((await send("PUT", await png(), (await employerOf()).headers)).status).toBe(200);
  });
});

describe("a company's description", () => {
  test("is Markdown, rendered to sanitised HTML: no script, no script links; `description` stays what was written", async () => {
    const description =
      "We build **agents**.\n\n<script>alert(document.cookie)</script>\n\n[Our site](https://acme.example) · [click](javascript:alert(1)) · <img src=x onerror=alert(1)>";
    const company = await api.make.company({ description });
    const res = await api.gql(`query ($slug: String!) { company(slug: $slug) { description descriptionHtml } }`, { slug: company.slug });
    expect(res.errors).toBeUndefined();
    const { description: raw, descriptionHtml: html } = res.data!.company as { description: string; descriptionHtml: string };
    expect(raw).toBe(description);
    expect(html).toContain("<strong>agents</strong>");
    expect(html).toContain('<a href="https://acme.example" rel="nofollow noopener noreferrer" target="_blank">Our site</a>');
    // Raw HTML is shown as text, never as tags; a javascript: link stays text, not a link.
    expect(html).not.toMatch(/<script|<img|href="javascript:|<[^>]*\son\w+=/i);
    expect(html).toContain("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  test("a company with no description has no descriptionHtml", async () => {
    const company = await api.make.company({ description: null });
    const res = await api.gql(`query ($slug: String!) { company(slug: $slug) { descriptionHtml } }`, { slug: company.slug });
    expect(res.data!.company).toEqual({ descriptionHtml: null });
  });
});
