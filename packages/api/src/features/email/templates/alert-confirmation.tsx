import { Text } from "./components";
import { AlertFooter, alertFooterText, type AlertFrequency } from "./alert-footer";
import { ActionButton, Layout, plainText, styles } from "./layout";
import { oneLine, renderHtml, type RenderedEmail } from "./render";

export interface AlertConfirmationProps {
  /** The search in words, e.g. `"LLM" · Remote · Senior`. */
  summary: string;
  frequency: AlertFrequency;
  confirmUrl: string;
  expiresInDays: number;
  manageUrl: string;
  unsubscribeUrl: string;
}

/** What the person asked for, in the words of the confirmation. */
const ASKED_FOR: Record<AlertFrequency, string> = {
  INSTANT: "an email whenever new AI jobs match",
  DAILY: "a daily email of new AI jobs matching",
  WEEKLY: "a weekly email of new AI jobs matching",
};

const REASON = "Someone asked for a job alert on HiredinAI with this address.";
const IGNORE = "If you didn't ask for this alert, ignore this email: nothing will be sent.";
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export function AlertConfirmation(p: AlertConfirmationProps) {
  return (
    <Layout
      preview="Nothing is sent until you confirm."
      footer={<AlertFooter reason={REASON} manageUrl={p.manageUrl} unsubscribeUrl={p.unsubscribeUrl} />}
    >
      <Text style={styles.heading}>Confirm your {p.frequency.toLowerCase()} job alert</Text>
      <Text style={styles.paragraph}>
        You asked for {ASKED_FOR[p.frequency]}:
        <br />
        <span style={styles.strong}>{p.summary}</span>
      </Text>
      <ActionButton href={p.confirmUrl}>Confirm my alert</ActionButton>
      <Text style={styles.paragraph}>The link works for {days(p.expiresInDays)}. Nothing is sent until you confirm.</Text>
      <Text style={styles.small}>{IGNORE}</Text>
    </Layout>
  );
}

export function alertConfirmationText(p: AlertConfirmationProps): string {
  return plainText(
    [
      `Confirm your ${p.frequency.toLowerCase()} job alert`,
      "",
      `You asked for ${ASKED_FOR[p.frequency]}:`,
      oneLine(p.summary),
      "",
      "Confirm my alert:",
      p.confirmUrl,
      "",
      `The link works for ${days(p.expiresInDays)}. Nothing is sent until you confirm.`,
      IGNORE,
    ],
    alertFooterText(REASON, p.manageUrl, p.unsubscribeUrl),
  );
}

export function alertConfirmationEmail(p: AlertConfirmationProps): RenderedEmail {
  return { subject: "Confirm your HiredinAI job alert", html: renderHtml(<AlertConfirmation {...p} />), text: alertConfirmationText(p) };
}
