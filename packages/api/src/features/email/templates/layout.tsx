import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "./components";
import type { CSSProperties, ReactElement, ReactNode } from "react";

const ACCENT = "#4f46e5";
const INK = "#111827";
const MUTED = "#6b7280";
const LINE = "#e5e7eb";
const FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Inline styles (mail clients drop <style> blocks and stylesheets), shared by every template. */
export const styles = {
  heading: { color: INK, fontSize: "22px", lineHeight: "30px", fontWeight: 700, margin: "0 0 16px" },
  paragraph: { color: INK, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  small: { color: MUTED, fontSize: "13px", lineHeight: "20px", margin: "0 0 8px" },
  link: { color: ACCENT, textDecoration: "underline" },
  strong: { fontWeight: 700 },
} satisfies Record<string, CSSProperties>;

const frame = {
  body: { backgroundColor: "#f3f4f6", fontFamily: FONT, margin: 0, padding: "24px 0" },
  container: { maxWidth: "560px", margin: "0 auto", padding: "0 12px" },
  brand: { color: ACCENT, fontSize: "20px", fontWeight: 700, letterSpacing: "-0.02em", margin: "0 0 16px" },
  card: { backgroundColor: "#ffffff", border: `1px solid ${LINE}`, borderRadius: "8px", padding: "28px 24px" },
  footer: { padding: "16px 4px 0" },
  rule: { borderColor: LINE, margin: "16px 0" },
  button: {
    backgroundColor: ACCENT,
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 22px",
    textDecoration: "none",
  },
} satisfies Record<string, CSSProperties>;

/** The tagline both parts end with. */
const TAGLINE = "HiredinAI · AI jobs, curated.";

/**
 * Every email's frame: the brand as text (no images, so nothing to load or be blocked), the message in
 * a card, then a footer saying why it came and what to do about it. `preview` is the inbox's preview
 * text, or the element that stands for it (a compiled template's slot).
 */
export function Layout({ preview, footer, children }: { preview: string | ReactElement; footer: ReactNode; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      {typeof preview === "string" ? <Preview>{preview}</Preview> : preview}
      <Body style={frame.body}>
        <Container style={frame.container}>
          <Text style={frame.brand}>HiredinAI</Text>
          <Section style={frame.card}>{children}</Section>
          <Section style={frame.footer}>
            {footer}
            <Text style={styles.small}>{TAGLINE}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** An email's one call to action, and its address spelled out for clients that mangle buttons. */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={href} style={frame.button}>
          {children}
        </Button>
      </Section>
      <Text style={styles.small}>
        Or open this link:{" "}
        <Link href={href} style={{ ...styles.link, wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </>
  );
}

export function Rule() {
  return <Hr style={frame.rule} />;
}

/** The text part: the body's lines, then the footer's and the tagline, a link always alone on its line. */
export function plainText(body: string[], footer: string[] = []): string {
  return [...body, "", "—", ...footer, TAGLINE].join("\n");
}
