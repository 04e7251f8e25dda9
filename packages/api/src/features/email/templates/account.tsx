import { Text } from "./components";
import { ActionButton, Layout, plainText, styles } from "./layout";
import { oneLine, renderHtml, type RenderedEmail } from "./render";

/** The account emails, each kind with what it needs. */
export type AccountEmail =
  | { kind: "VERIFY_EMAIL" | "RESET_PASSWORD" | "CHANGE_EMAIL"; url: string }
  | { kind: "ACCOUNT_EXISTS" | "PASSWORD_CHANGED"; signInUrl: string }
  | { kind: "EMAIL_CHANGED"; newEmail: string };

/** A message of a few paragraphs around one link: the account emails, and the employers' notices. */
export interface Content {
  subject: string;
  before: string[];
  /** The link, a button in HTML; `lead` introduces it in the text part where `before` does not. */
  action?: { label: string; url: string; lead?: string };
  after: string[];
}

function content(email: AccountEmail): Content {
  switch (email.kind) {
    case "VERIFY_EMAIL":
      return {
        subject: "Confirm your email for HiredinAI",
        before: ["Welcome to HiredinAI. Confirm your email address to finish setting up your account:"],
        action: { label: "Confirm my email", url: email.url },
        after: ["The link works for 48 hours. If you didn't sign up, ignore this email."],
      };
    case "RESET_PASSWORD":
      return {
        subject: "Reset your HiredinAI password",
        before: ["Choose a new password for your HiredinAI account:"],
        action: { label: "Choose a new password", url: email.url },
        after: ["The link works for one hour, once. If you didn't ask for it, ignore this email: your password stays as it is."],
      };
    case "CHANGE_EMAIL":
      return {
        subject: "Confirm your new email for HiredinAI",
        before: ["Confirm that this is your HiredinAI account's new email address:"],
        action: { label: "Confirm my new email", url: email.url },
        after: ["The link works for 24 hours. If you didn't ask for it, ignore this email."],
      };
    case "ACCOUNT_EXISTS":
      return {
        subject: "You already have a HiredinAI account",
        before: ["Someone (probably you) tried to sign up to HiredinAI with this address, which already has an account."],
        action: { label: "Sign in", url: email.signInUrl, lead: "Sign in:" },
        after: ["Forgot your password? Use “Forgot password” on the sign-in page.", "If it wasn't you, you can ignore this email."],
      };
    case "PASSWORD_CHANGED":
      return {
        subject: "Your HiredinAI password was changed",
        before: ["Your password was just changed, and every other session was signed out.", "If it wasn't you, reset your password now:"],
        action: { label: "Reset my password", url: email.signInUrl },
        after: [],
      };
    case "EMAIL_CHANGED":
      return {
        subject: "Your HiredinAI email address was changed",
        before: [`Your account's email address is now ${oneLine(email.newEmail)}.`, "If it wasn't you, contact support@hiredin.ai."],
        after: [],
      };
  }
}

const FOOTER = "This address was used on HiredinAI. We never ask for your password by email.";

export function AccountMessage({ content: c, footer = FOOTER }: { content: Content; footer?: string }) {
  return (
    <Layout preview={c.before[0]} footer={<Text style={styles.small}>{footer}</Text>}>
      <Text style={styles.heading}>{c.subject}</Text>
      {c.before.map((line, i) => (
        <Text key={i} style={styles.paragraph}>
          {line}
        </Text>
      ))}
      {c.action && <ActionButton href={c.action.url}>{c.action.label}</ActionButton>}
      {c.after.map((line, i) => (
        <Text key={i} style={styles.small}>
          {line}
        </Text>
      ))}
    </Layout>
  );
}

export function accountText(c: Content, footer = FOOTER): string {
  const link = c.action ? [...(c.action.lead ? [c.action.lead] : []), c.action.url] : [];
  return plainText([...c.before, ...link, ...(c.after.length ? ["", ...c.after] : [])], [footer]);
}

/** A message of `content`, both parts, with its own footer line. */
export function messageEmail(c: Content, footer: string): RenderedEmail {
  return { subject: c.subject, html: renderHtml(<AccountMessage content={c} footer={footer} />), text: accountText(c, footer) };
}

/** An account email (verification, reset, change of address, and the notices), both parts. */
export function accountEmail(email: AccountEmail): RenderedEmail {
  return messageEmail(content(email), FOOTER);
}
