import { request, type IncomingHttpHeaders } from "node:http";
import { networkInterfaces } from "node:os";
import { isLocalDirect } from "../src/app/dev-mailbox";
import { startServer, type RunningServer } from "../src/app/server";
import { EmailMessage } from "../src/features/email/email-message.entity";
import { alertDigestEmail } from "../src/features/email/templates";
import { GOOD_PASSWORD } from "./support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi } from "./support/test-api";

const api = useTestApi();

interface Page {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET over plain node:http, so that a test decides every header, Host included. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Page> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** What the API answers for a path it doesn't have: the mailbox must be indistinguishable from it wherever it is refused. */
async function expectApiNotFound(page: Page, server: RunningServer = api.server) {
  const nowhere = await get(server.url, "/nowhere");
  expect(page.status).toBe(404);
  expect(page.headers["content-type"]).toMatch(/^application\/json/);
  expect(JSON.parse(page.body)).toEqual(JSON.parse(nowhere.body));
}

async function withServer(env: Record<string, string>, host: string, run: (server: RunningServer) => Promise<void>) {
  const server = await startServer(api.ds, testConfig(env), { port: 0, host });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { message } }`;
const VERIFY = `mutation ($input: TokenInput!) { verifyEmail(input: $input) { viewer { email emailVerified } } }`;

/** An alert digest as the worker writes it: both parts and its List-Unsubscribe headers, with markup in the search. */
async function writeDigest(): Promise<EmailMessage> {
  const email = alertDigestEmail({
    summary: '"<b>LLM</b>" & Remote',
    frequency: "DAILY",
    jobs: [{ title: "LLM Engineer", company: "Acme AI", location: "Remote", salary: null, url: `${TEST_WEB_URL}/jobs/llm-engineer` }],
    totalCount: 1,
    seeAllUrl: `${TEST_WEB_URL}/jobs?q=llm`,
    manageUrl: `${TEST_WEB_URL}/alerts/manage?token=m1`,
    unsubscribeUrl: `${TEST_WEB_URL}/alerts/unsubscribe?token=u1`,
    createLikeThisUrl: `${TEST_WEB_URL}/alerts/new?q=llm&remote=REMOTE`,
  });
  const headers = {
    "List-Unsubscribe": "<https://api.hiredin.test/alerts/unsubscribe?token=u1>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  return api.ds.manager.save(api.ds.manager.create(EmailMessage, { kind: "ALERT_DIGEST", to: "ada@example.com", headers, ...email }));
}

test("the mailbox lists the outbox newest first, and a message's page shows its headers, its HTML part and clickable links", async () => {
  expect(
    (await api.gql(SIGN_UP, { input: { email: "ada@example.com", password: GOOD_PASSWORD, role: "JOB_SEEKER" } })).errors,
  ).toBeUndefined();
  const digest = await writeDigest();

  const list = await get(api.server.url, "/dev/mailbox");
  expect(list.status).toBe(200);
  expect(list.headers["content-type"]).toMatch(/^text\/html/);
  expect(list.headers["cache-control"]).toBe("no-store");
  const subjects = [...list.body.matchAll(/<a href="\/dev\/mailbox\/(\d+)">([^<]*)<\/a>/g)].map((m) => [Number(m[1]), m[2]]);
  expect(subjects).toEqual([
    [digest.id, "1 new AI job for &quot;&lt;b&gt;LLM&lt;/b&gt;&quot; &amp; Remote"],
    [expect.any(Number), "Confirm your email for HiredinAI"],
  ]);
  expect(list.body).toMatch(/<td>ada@example\.com<\/td>.*<td>ALERT_DIGEST<\/td><td>PENDING<\/td>/);

  const page = await get(api.server.url, `/dev/mailbox/${digest.id}`);
  expect(page.status).toBe(200);
  const header = (name: string) => new RegExp(`<tr><th>${name}</th><td>([^<]*)</td></tr>`).exec(page.body)?.[1];
  expect(header("From")).toBe("HiredinAI &lt;alerts@hiredin.ai&gt;");
  expect(header("To")).toBe("ada@example.com");
  expect(header("Subject")).toBe("1 new AI job for &quot;&lt;b&gt;LLM&lt;/b&gt;&quot; &amp; Remote");
  expect(header("Date")).toBe(digest.createdAt.toUTCString());
  expect(header("List-Unsubscribe")).toBe("&lt;https://api.hiredin.test/alerts/unsubscribe?token=u1&gt;");
  expect(header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  // Nothing anyone wrote is markup on this page.
  expect(page.body).not.toMatch(/<b>LLM|<script/);

  // The HTML part, in a frame that runs nothing and opens links in a new tab.
  const frame = /<iframe [^>]*sandbox="([^"]*)" srcdoc="([^"]*)"><\/iframe>/.exec(page.body)!;
  expect(frame[1].split(" ")).not.toContain("allow-scripts");
  expect(frame[1].split(" ")).not.toContain("allow-same-origin");
  const srcdoc = frame[2]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  expect(srcdoc).toContain('<head><base target="_blank">');
  expect(srcdoc).toBe(digest.html!.replace("<head>", '<head><base target="_blank">'));

  // The text part, every link clickable.
  const textLinks = [.../<pre>([\s\S]*)<\/pre>/.exec(page.body)![1].matchAll(/<a href="([^"]*)" target="_blank"/g)].map((m) => m[1]);
  expect(textLinks).toEqual([
    `${TEST_WEB_URL}/jobs/llm-engineer`,
    `${TEST_WEB_URL}/alerts/new?q=llm&amp;remote=REMOTE`,
    `${TEST_WEB_URL}/alerts/manage?token=m1`,
    `${TEST_WEB_URL}/alerts/unsubscribe?token=u1`,
  ]);

  // Its own policy: inline styles for itself and the frame, and still nothing that runs or loads.
  const csp = page.headers["content-security-policy"]!;
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/style-src 'unsafe-inline'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/script-src/);
});

test("latest.json gives a browser test the newest emails to an address, with their links, for following them", async () => {
  await api.gql(SIGN_UP, { input: { email: "ada@example.com", password: GOOD_PASSWORD, role: "JOB_SEEKER" } });
  await api.gql(SIGN_UP, { input: { email: "bob@example.com", password: GOOD_PASSWORD, role: "JOB_SEEKER" } });

  const res = await get(api.server.url, "/dev/mailbox/latest.json?to=Ada@Example.com");
  expect(res.status).toBe(200);
  const messages = JSON.parse(res.body) as { to: string; kind: string; links: string[]; html: string; status: string }[];
  expect(messages).toHaveLength(1);
  const [mail] = messages;
  expect(mail).toMatchObject({ to: "ada@example.com", kind: "VERIFY_EMAIL", status: "PENDING" });
  expect(mail.html).toContain("Confirm my email");
  const verify = mail.links.find((link) => link.startsWith(`${TEST_WEB_URL}/account/verify-email?token=`))!;

  const token = new URL(verify).searchParams.get("token");
  const verified = await api.gql(VERIFY, { input: { token } });
  expect(verified.data?.verifyEmail.viewer).toEqual({ email: "ada@example.com", emailVerified: true });

  const everyone = JSON.parse((await get(api.server.url, "/dev/mailbox/latest.json?limit=1")).body) as { to: string }[];
  expect(everyone.map((m) => m.to)).toEqual(["bob@example.com"]);
});

test("in production there is no mailbox: the path is the API's ordinary 404", async () => {
  const digest = await writeDigest();
  await withServer({ NODE_ENV: "production" }, "127.0.0.1", async (server) => {
    for (const path of ["/dev/mailbox", `/dev/mailbox/${digest.id}`, "/dev/mailbox/latest.json"]) {
      await expectApiNotFound(await get(server.url, path), server);
    }
  });
});

test("a request that came through a proxy is refused, even from this machine", async () => {
  const digest = await writeDigest();
  expect((await get(api.server.url, `/dev/mailbox/${digest.id}`)).status).toBe(200);
  for (const header of ["x-forwarded-for", "forwarded", "x-forwarded-host", "x-real-ip"]) {
    await expectApiNotFound(await get(api.server.url, `/dev/mailbox/${digest.id}`, { [header]: "127.0.0.1" }));
  }
  await expectApiNotFound(await get(api.server.url, "/dev/mailbox/latest.json", { "x-forwarded-for": "203.0.113.9" }));
});

test("a site whose name was rebound to 127.0.0.1 cannot read it: the Host must be this machine", async () => {
  expect((await get(api.server.url, "/dev/mailbox", { host: "localhost" })).status).toBe(200);
  await expectApiNotFound(await get(api.server.url, "/dev/mailbox", { host: "evil.example" }));
});

/** This machine's first address that isn't loopback: a request to it has a non-loopback peer. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

(lanAddress ? test : test.skip)(
  `a request from another address is refused (${lanAddress ? `over ${lanAddress}` : "skipped: this machine has no non-internal IPv4"})`,
  async () => {
    await withServer({}, "0.0.0.0", async (server) => {
      const port = new URL(server.url).port;
      // The same server answers this machine's loopback...
      expect((await get(`http://127.0.0.1:${port}`, "/dev/mailbox")).status).toBe(200);
      // ...but not its LAN address, even naming localhost as the Host: only the socket's peer decides.
      await expectApiNotFound(await get(`http://${lanAddress}:${port}`, "/dev/mailbox", { host: `localhost:${port}` }), server);
    });
  },
);

test("the guard reads the socket's peer, not what headers claim", () => {
  const req = (remoteAddress: string | undefined, headers: Record<string, string> = {}) => ({
    socket: { remoteAddress },
    headers: { host: "localhost:4000", ...headers },
  });
  for (const peer of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect([peer, isLocalDirect(req(peer))]).toEqual([peer, true]);
  for (const peer of ["192.0.2.2", "::ffff:192.0.2.2", "fd00::2", "128.0.0.1", "::2", undefined])
    expect([peer, isLocalDirect(req(peer))]).toEqual([peer, false]);
  expect(isLocalDirect(req("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }))).toBe(false);
  expect(isLocalDirect(req("127.0.0.1", { "x-real-ip": "127.0.0.1" }))).toBe(false);
  expect(isLocalDirect(req("127.0.0.1", { host: "[::1]:4000" }))).toBe(true);
  expect(isLocalDirect(req("127.0.0.1", { host: "127.0.0.1.evil.example" }))).toBe(false);
});
