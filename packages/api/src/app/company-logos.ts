import cookieParser from "cookie-parser";
import cors from "cors";
import type express from "express";
import { Role } from "../features/accounts";
import { companyLogoUrl, LOGO_SIZES, MAX_LOGO_BYTES, type Company, type LogoSize } from "../features/companies";
import { AppError, BadUserInputError } from "../shared/errors/app-error";
import { toGlobalId } from "../shared/graphql/global-id";
import { authorize } from "./auth-checker";
import { authenticate } from "./authenticate";
import { errorBody, sendError, sendNotFound } from "./error-response";
import type { Services } from "./services";

/** A logo square's file name: `<size>-<hash>.webp`. */
const LOGO_FILE = /^(\d{2,3})-([0-9a-f]{16})\.webp$/;

/** How long a logo is cached: a year, never revalidated (a new logo has a new URL). */
const IMMUTABLE = "public, max-age=31536000, immutable";

const tooLarge = () => BadUserInputError.field("logo", "The file is larger than 1 MB. Upload a PNG, JPEG or WebP image of at most 1 MB.");

/**
 * The request's body, up to `limit` bytes; null past it. A body that says (Content-Length) or turns
 * out to be larger is not kept: what is left of it is read and dropped, so the answer still reaches
 * the client, and at most `limit` bytes are ever held.
 */
function readBody(req: express.Request, limit: number): Promise<Buffer | null> {
  const declared = Number(req.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done();
      chunks.length = 0;
      req.resume(); // the rest flows past, unread
      resolve(null);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/**
 * Company logos over HTTP (the image is a raw request body: a GraphQL request is JSON and at most
 * MAX_BODY_BYTES, and a 1 MB image in base64 would be neither):
 * - `PUT /company-logo` with the image as the body: the signed-in employer's company's logo becomes it
 *   (company-logo.image.ts says what is accepted); 200 `{ company: { id, slug, logoUrl } }`;
 * - `DELETE /company-logo`: the company has no logo any more; 200 likewise;
 * - `GET /logos/<company slug>/<size>-<hash>.webp`: a square of a company's current logo, cached for a
 *   year (the hash changes with the logo); anything else is 404.
 * Who is calling is decided by `authenticate`, as for GraphQL (a session cookie from another site's
 * page is refused; PUT and DELETE from a page need CORS's preflight, which only the web app's origins
 * pass), then the auth checker's EMPLOYER rule; errors are GraphQL's JSON errors with their status
 * (BAD_USER_INPUT 400 on `logo`, UNAUTHENTICATED 401, FORBIDDEN 403, RATE_LIMITED 429).
 */
export function mountCompanyLogos(app: express.Express, services: Services, allowedOrigins: string[], webOrigins: string[]): void {
  app.use(
    "/company-logo",
    cors({
      origin: webOrigins,
      credentials: true,
      methods: ["PUT", "DELETE"],
      maxAge: 600,
      exposedHeaders: ["X-Request-Id", "Retry-After"],
    }),
    cookieParser(),
    authenticate(services, allowedOrigins, (res, status, code, message) => void res.status(status).json(errorBody(message, code))),
  );

  /** The signed-in employer's account id (the auth checker's EMPLOYER rule, as `@Authorized(Role.EMPLOYER)` applies it). */
  const employerOf = (req: express.Request): number => {
    const caller = req.caller ?? { kind: "anonymous" };
    authorize(caller, [Role.EMPLOYER]);
    return (caller as Extract<typeof caller, { kind: "user" }>).user.id;
  };
  const answer = (res: express.Response, company: Company) =>
    void res.set("Cache-Control", "no-store").json({
      company: { id: toGlobalId("Company", company.id), slug: company.slug, logoUrl: companyLogoUrl(services.urls, company) },
    });

  app.put("/company-logo", async (req, res, next) => {
    try {
      const accountId = employerOf(req);
      const body = await readBody(req, MAX_LOGO_BYTES);
      if (!body) throw tooLarge();
      answer(res, await services.companyLogos.upload(accountId, body));
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error);
      next(error);
    }
  });

  app.delete("/company-logo", async (req, res, next) => {
    try {
      answer(res, await services.companyLogos.remove(employerOf(req)));
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error);
      next(error);
    }
  });

  app.get("/logos/:company/:file", async (req, res, next) => {
    try {
      const match = LOGO_FILE.exec(String(req.params.file));
      const size = Number(match?.[1]) as LogoSize;
      const logo = match && LOGO_SIZES.includes(size) ? await services.companyLogos.file(String(req.params.company), size, match[2]) : null;
      if (!logo) {
        sendNotFound(res, "logo");
        return;
      }
      res.set({
        "Content-Type": logo.mime,
        "Cache-Control": IMMUTABLE,
        ETag: `"${logo.hash}-${size}"`,
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": "inline",
      });
      if (req.fresh) return void res.status(304).end();
      res.send(logo.bytes);
    } catch (error) {
      next(error);
    }
  });
}
