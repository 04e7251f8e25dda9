import { useApolloClient } from "@apollo/client/react";
import { useEffect, useId, useState, type ChangeEvent } from "react";
import { apiEndpoint } from "../../../shared/env";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { Field, describedBy } from "../../../shared/ui/FormField";
import { formErrors } from "../../../shared/utils/formErrors";
import { API_LIMITS } from "../../../shared/utils/apiLimits";
import styles from "./LogoUpload.module.css";

/** What the API takes (it decides; this only spares a pointless upload). */
const MAX_LOGO_BYTES = API_LIMITS.logo.bytes;
const MAX_LOGO_MB = MAX_LOGO_BYTES / 1024 / 1024;
const ACCEPT = "image/png,image/jpeg,image/webp";
const HINT = `A PNG, JPEG or WebP of at most ${MAX_LOGO_MB} MB. Square works best: it's shown at up to 256 × 256 pixels.`;

/** The company a logo is for, as the dashboard knows it. */
export interface LogoCompany {
  id: string;
  name: string;
  logoUrl: string | null;
}

/** Is the file a PNG, JPEG or WebP by its first bytes (as the API checks it), and small enough? A message when not. */
export async function checkLogoFile(file: File): Promise<string | null> {
  if (file.size === 0) return "This file is empty. Pick a PNG, JPEG or WebP image.";
  if (file.size > MAX_LOGO_BYTES)
    return `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a logo may be at most ${MAX_LOGO_MB} MB.`;
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const text = String.fromCharCode(...head);
  const png = text.startsWith("\x89PNG\r\n\x1a\n");
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  const webp = text.startsWith("RIFF") && text.slice(8, 12) === "WEBP";
  return png || jpeg || webp ? null : "This file isn't a PNG, JPEG or WebP image (SVG and GIF aren't accepted).";
}

class LogoRefused extends Error {
  constructor(readonly body: unknown) {
    super("logo refused");
  }
}

/**
 * Sends the logo (PUT /company-logo, the file as the body) or removes it (DELETE), with the session
 * cookie; the company as the API answers, or throws with the API's errors (`{ errors }`) to read.
 */
export async function sendCompanyLogo(file: File | null): Promise<{ id: string; logoUrl: string | null }> {
  const res = await fetch(apiEndpoint("/company-logo"), {
    method: file ? "PUT" : "DELETE",
    credentials: "include",
    headers: file ? { "Content-Type": file.type || "application/octet-stream" } : undefined,
    body: file,
  });
  const body = (await res.json().catch(() => null)) as { company?: { id: string; logoUrl: string | null } } | null;
  if (!res.ok || !body?.company) throw new LogoRefused(body ?? { errors: [] });
  return body.company;
}

/** The API's message for a failed upload or removal, in the form's words. */
function messageOf(error: unknown): string {
  const { byField, formError } = formErrors(error instanceof LogoRefused ? error.body : error, ["logo"] as const, []);
  return byField.logo ?? formError ?? "Something went wrong. Please try again.";
}

/**
 * Why the logo picked with a new profile was refused, for the LogoUpload that shows the company's logo
 * next (the dashboard's, once the profile exists), which says it once.
 */
let refusedWithProfile: string | null = null;

/** The picked file as a data: URL, to show it (the site's CSP allows data: images, not blob: ones); null until read. */
function usePreview(file: File | null): string | null {
  const [preview, setPreview] = useState<{ file: File; url: string } | null>(null);
  useEffect(() => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => typeof reader.result === "string" && setPreview({ file, url: reader.result });
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  return preview && preview.file === file ? preview.url : null;
}

/**
 * The company's logo in the employer's company form: pick a file, see it as it will be shown, upload
 * it, or remove the logo. With `company` null (the profile isn't created yet) it only picks and shows
 * the file, and hands it to the form (`onPick`), which sends it once the company exists. Every logo on
 * the site (cards, the job page, the company page) shows the new one after an upload.
 */
export function LogoUpload({ company, onPick }: { company: LogoCompany | null; onPick?: (file: File | null) => void }) {
  const id = useId();
  const inputId = `${id}-logo`;
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>(() => (company && refusedWithProfile) || undefined);
  useEffect(() => {
    if (company) refusedWithProfile = null;
  }, [company]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);
  const preview = usePreview(file);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0] ?? null;
    setStatus(null);
    const problem = picked ? await checkLogoFile(picked) : null;
    setError(problem ?? undefined);
    const ok = problem ? null : picked;
    setFile(ok);
    onPick?.(ok);
    if (problem) event.target.value = "";
  }

  /** Every cached logoUrl of the company (each size) is dropped, so the pages showing it ask for the new one. */
  function refreshLogos(companyId: string) {
    client.cache.evict({ id: client.cache.identify({ __typename: "Company", id: companyId }), fieldName: "logoUrl" });
    client.cache.gc();
  }

  async function send(next: File | null) {
    if (!company) return;
    setBusy(next ? "upload" : "remove");
    setError(undefined);
    setStatus(null);
    try {
      await sendCompanyLogo(next);
      refreshLogos(company.id);
      setFile(null);
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      if (input) input.value = "";
      setStatus(next ? "Logo uploaded: it shows on your company page and your jobs." : "Logo removed.");
    } catch (e) {
      setError(messageOf(e));
      document.getElementById(inputId)?.focus();
    } finally {
      setBusy(null);
    }
  }

  const name = company?.name || "Your company";
  return (
    <Field id={inputId} label="Logo" hint={HINT} error={error}>
      <div className={styles.row}>
        {preview ? (
          <img
            className={`company-logo ${styles.preview}`}
            src={preview}
            alt="The logo you picked"
            width={72}
            height={72}
            style={{ width: 72, height: 72 }}
          />
        ) : (
          <CompanyLogo name={name} logoUrl={company?.logoUrl ?? null} size={72} />
        )}
        <div className={styles.controls}>
          <input
            id={inputId}
            className={styles.file}
            type="file"
            accept={ACCEPT}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(inputId, { hint: HINT, error })}
            onChange={(e) => void pick(e)}
          />
          {company && (
            <div className={styles.buttons}>
              <button
                type="button"
                className="button"
                disabled={!file || busy != null}
                aria-busy={busy === "upload"}
                onClick={() => void send(file)}
              >
                {busy === "upload" ? "Uploading…" : "Upload logo"}
              </button>
              {company.logoUrl && !file && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy != null}
                  aria-busy={busy === "remove"}
                  onClick={() => void send(null)}
                >
                  {busy === "remove" ? "Removing…" : "Remove logo"}
                </button>
              )}
            </div>
          )}
          {!company && file && <p className="hint">It's uploaded with the profile.</p>}
          <p className={styles.status} role="status">
            {status}
          </p>
        </div>
      </div>
    </Field>
  );
}

/** Sends a logo picked before the company existed, once it does. A refusal is said by the next LogoUpload shown. */
export async function uploadPickedLogo(client: ReturnType<typeof useApolloClient>, file: File): Promise<void> {
  try {
    const company = await sendCompanyLogo(file);
    client.cache.evict({ id: client.cache.identify({ __typename: "Company", id: company.id }), fieldName: "logoUrl" });
    client.cache.gc();
  } catch (e) {
    refusedWithProfile = `Your profile is saved, but not its logo: ${messageOf(e)}`;
  }
}

/** The dashboard's card for the company's logo, once the company exists. */
export function LogoSection({ company }: { company: LogoCompany }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`card ${styles.section}`}>
      <h2 id={headingId}>Company logo</h2>
      <LogoUpload company={company} />
    </section>
  );
}
