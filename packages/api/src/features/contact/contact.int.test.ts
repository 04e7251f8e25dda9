import { useTestApi } from "../../../test/support/test-api";
import { CONTACT_LIMIT, CONTACT_THANKS } from "./contact.service";

const api = useTestApi();

const SEND = `mutation ($input: ContactMessageInput!) { sendContactMessage(input: $input) { message } }`;
const TEAM = "hello@hiredin.ai";

const good = {
  name: "Ada Lovelace",
  email: "ada@example.com",
  topic: "REPORT_LISTING",
  message: "This listing asks applicants to pay a fee before an interview.",
  pageUrl: "https://hiredin.test/jobs/too-good-to-be-true",
};

async function outbox(): Promise<{ to: string; subject: string; text: string; headers: Record<string, string> }[]> {
  return api.ds.query(`SELECT to_address AS "to", subject, text_body AS text, headers FROM email_outbox ORDER BY id`);
}

test("a visitor's message goes to the team's inbox, with their address to reply to", async () => {
  const res = await api.gql(SEND, { input: good });
  expect(res.errors).toBeUndefined();
  expect(res.data!.sendContactMessage).toEqual({ message: CONTACT_THANKS });
  expect(await outbox()).toEqual([
    {
      to: TEAM,
      subject: "[Listing reported] Ada Lovelace",
      text: [
        "From: Ada Lovelace <ada@example.com>",
        "Topic: Listing reported",
        "Page: https://hiredin.test/jobs/too-good-to-be-true",
        "",
        "This listing asks applicants to pay a fee before an interview.",
        "",
        "Reply to this email to answer them.",
      ].join("\n"),
      headers: { "Reply-To": "ada@example.com" },
    },
  ]);
});

test.each([
  ["name", { name: "" }, "input.name"],
  ["name", { name: "x".repeat(101) }, "input.name"],
  ["email", { email: "not an address" }, "input.email"],
  ["message", { message: "Too short" }, "input.message"],
  ["message", { message: "x".repeat(5001) }, "input.message"],
  ["pageUrl", { pageUrl: "javascript:alert(1)" }, "input.pageUrl"],
])("a bad %s is BAD_USER_INPUT on that field, and nothing is sent", async (_name, over, field) => {
  const res = await api.gql(SEND, { input: { ...good, ...over } });
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual([field]);
  expect(await outbox()).toEqual([]);
});

test("an unknown topic is refused by the schema; a line break in a name can't start a header or a line of its own", async () => {
  const topic = await api.gql(SEND, { input: { ...good, topic: "SPAM" } });
  expect(topic.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  await api.gql(SEND, { input: { ...good, topic: "GENERAL", name: "Eve\r\nBcc: everyone@example.com" } });
  const [email] = await outbox();
  expect(email.subject).toBe("[Question] Eve Bcc: everyone@example.com");
  expect(email.text.split("\n")[0]).toBe("From: Eve Bcc: everyone@example.com <ada@example.com>");
  expect(email.headers).toEqual({ "Reply-To": "ada@example.com" });
});

test(`one address sends at most ${CONTACT_LIMIT.points} messages an hour`, async () => {
  for (let i = 0; i < CONTACT_LIMIT.points; i++) expect((await api.gql(SEND, { input: good })).errors).toBeUndefined();
  const refused = await api.gql(SEND, { input: good });
  expect(refused.status).toBe(429);
  expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
  expect(await outbox()).toHaveLength(CONTACT_LIMIT.points);
});
