import { Link, Text } from "./components";
import { styles } from "./layout";

export type AlertFrequency = "INSTANT" | "DAILY" | "WEEKLY";

/** Every alert email's footer: why it came, and a way out of it (the links are signed for this alert). */
export function AlertFooter({ reason, manageUrl, unsubscribeUrl }: { reason: string; manageUrl: string; unsubscribeUrl: string }) {
  return (
    <Text style={styles.small}>
      {reason}{" "}
      <Link href={manageUrl} style={styles.link}>
        Manage this alert
      </Link>{" "}
      ·{" "}
      <Link href={unsubscribeUrl} style={styles.link}>
        Unsubscribe
      </Link>
    </Text>
  );
}

export function alertFooterText(reason: string, manageUrl: string, unsubscribeUrl: string): string[] {
  return [reason, "Manage this alert:", manageUrl, "Unsubscribe:", unsubscribeUrl];
}
