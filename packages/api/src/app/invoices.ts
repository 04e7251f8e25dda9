import cookieParser from "cookie-parser";
import type express from "express";
import { Role } from "../features/accounts";
import { AppError, type ErrorCode } from "../shared/errors/app-error";
import { authorize } from "./auth-checker";
import { authenticate } from "./authenticate";
import { sendError } from "./error-response";
import type { Services } from "./services";

/** `<invoice number>.pdf`; what a number looks like is the service's business (an unknown one is simply not found). */
const PDF_FILE = /^([A-Za-z0-9-]{1,40})\.pdf$/;

/**
 * `GET /invoices/<invoice number>.pdf`: an invoice as a PDF download, for whoever may see it — the
 * same people and the same rule as the `invoice` query (InvoiceService decides): its company's
 * employers and admins. Who is calling is decided by `authenticate`, as for GraphQL (the session
 * cookie, or a bearer session token); then the auth checker's EMPLOYER-or-ADMIN rule (401 signed
 * out, 403 for job seekers and API keys). Anyone else's invoice, or a number that doesn't exist, is
 * the same 404. Never cached: `private, no-store`.
 */
export function mountInvoices(app: express.Express, services: Services, allowedOrigins: string[]): void {
  /** Never cached, refusals included; a code without a status of its own is "not found". */
  const fail = (res: express.Response, error: AppError) => sendError(res.set("Cache-Control", "no-store"), error, 404);
  const refuse = (res: express.Response, _status: number, code: ErrorCode, message: string) => fail(res, new AppError(code, message));
  app.get("/invoices/:file", cookieParser(), authenticate(services, allowedOrigins, refuse), async (req, res, next) => {
    try {
      const caller = req.caller ?? { kind: "anonymous" };
      authorize(caller, [Role.EMPLOYER, Role.ADMIN]);
      const { user } = caller as Extract<typeof caller, { kind: "user" }>;
      const number = PDF_FILE.exec(String(req.params.file))?.[1];
      const found = number ? await services.invoices.pdf({ id: user.id, role: user.role }, number) : null;
      if (!found) throw new AppError("NOT_FOUND", "No invoice of yours has this number.");
      res.set({
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${found.number}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.send(found.pdf);
    } catch (error) {
      if (error instanceof AppError) return fail(res, error);
      next(error);
    }
  });
}
