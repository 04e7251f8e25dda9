/** Absolute URLs of public pages on the web app, built from PUBLIC_WEB_URL. */
export class WebUrls {
  constructor(private readonly base: string) {}

  job(slug: string): string {
    return `${this.base}/jobs/${encodeURIComponent(slug)}`;
  }

  company(slug: string): string {
    return `${this.base}/companies/${encodeURIComponent(slug)}`;
  }

  category(slug: string): string {
    return `${this.base}/jobs/category/${encodeURIComponent(slug)}`;
  }

  location(slug: string): string {
    return `${this.base}/jobs/city/${encodeURIComponent(slug)}`;
  }

  glossaryTerm(slug: string): string {
    return `${this.base}/glossary/${encodeURIComponent(slug)}`;
  }

  /** A link in an alert email: confirm, manage or unsubscribe, carrying its token. */
  alertAction(action: "confirm" | "manage" | "unsubscribe", token: string): string {
    return `${this.base}/alerts/${action}?token=${encodeURIComponent(token)}`;
  }

  /** A one-time link in an account email: verify an address, reset a password, confirm a new address. */
  accountAction(action: "verify-email" | "reset-password" | "confirm-email", token: string): string {
    return `${this.base}/account/${action}?token=${encodeURIComponent(token)}`;
  }

  signIn(): string {
    return `${this.base}/sign-in`;
  }
}
