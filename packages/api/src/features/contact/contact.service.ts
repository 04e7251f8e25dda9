import type { DataSource } from "typeorm";
import type { OutboxService } from "../email";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import { ContactTopic, type ContactMessageInput } from "./contact.inputs";

/** Messages one address may send an hour: enough for a person, too few for a spammer to fill the team's inbox. */
export const CONTACT_LIMIT = {
  name: "contact-ip",
  points: 5,
  durationSeconds: 3600,
  message: "You have sent several messages in the last hour; try again later, or write to us by email.",
};

const SUBJECTS: Record<ContactTopic, string> = {
  [ContactTopic.GENERAL]: "Question",
  [ContactTopic.JOB_SEEKER]: "Job seeker",
  [ContactTopic.EMPLOYER]: "Employer",
  [ContactTopic.REPORT_LISTING]: "Listing reported",
  [ContactTopic.PRIVACY]: "Privacy request",
  [ContactTopic.PRESS]: "Press",
};

export const CONTACT_THANKS = "Thanks: your message is with the team. We answer within two working days.";

/** One line of text: no line breaks, so nothing a visitor types can start a header or fake the message's layout. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();

/** The contact form: each message goes to the team's address (CONTACT_EMAIL) through the outbox, its Reply-To the sender. */
export class ContactService {
  private readonly limit: RateLimiter;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    rateLimits: RateLimitService,
    private readonly teamAddress: string,
  ) {
    this.limit = rateLimits.limiter(CONTACT_LIMIT);
  }

  async send(input: ContactMessageInput, ip: string): Promise<string> {
    await this.limit.consume(ip);
    const name = oneLine(input.name);
    const email = input.email.trim();
    const text = [
      `From: ${name} <${email}>`,
      `Topic: ${SUBJECTS[input.topic]}`,
      ...(input.pageUrl ? [`Page: ${oneLine(input.pageUrl)}`] : []),
      "",
      input.message.trim(),
      "",
      "Reply to this email to answer them.",
    ].join("\n");
    await this.ds.transaction((manager) =>
      this.outbox.enqueue(manager, {
        kind: "contact",
        to: this.teamAddress,
        subject: `[${SUBJECTS[input.topic]}] ${name}`.slice(0, 150),
        text,
        headers: { "Reply-To": email },
      }),
    );
    return CONTACT_THANKS;
  }
}
