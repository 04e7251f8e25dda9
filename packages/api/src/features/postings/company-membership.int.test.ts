import { createHash } from "node:crypto";
import { bearer, emailsTo, makeUser, sessionFor } from "../../../test/support/accounts";
import { TEST_WEB_URL, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "../accounts";
import { MEMBERSHIP_RATE_LIMITS } from "./company-membership.service";

const api = useTestApi();

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

const CLAIM = `id status message reason email emailDomain websiteDomain domainMatches company { id name } decidedAt`;
const REQUEST = `mutation ($input: RequestCompanyClaimInput!) { requestCompanyClaim(input: $input) { claim { ${CLAIM} } } }`;
const MY_CLAIM = `{ myCompanyClaim { ${CLAIM} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawCompanyClaim(id: $id) { claim { ${CLAIM} } } }`;
const CLAIMS = `query ($status: CompanyClaimStatus) { companyClaims(status: $status) { ${CLAIM} } }`;
const APPROVE = `mutation ($id: ID!) { approveCompanyClaim(id: $id) { claim { ${CLAIM} } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectCompanyClaim(id: $id, reason: $reason) { claim { ${CLAIM} } } }`;
const MY_COMPANY = `{ myCompany { name } }`;
const CREATE_COMPANY = `mutation ($input: CompanyProfileInput!) { createCompany(input: $input) { company { id name } } }`;
const INVITE = `mutation ($email: String!) { inviteColleague(email: $email) { invitation { id email invitedBy expiresAt } } }`;
const REVOKE = `mutation ($id: ID!) { revokeCompanyInvitation(id: $id) { invitation { id email } } }`;
const ACCEPT = `mutation ($token: String!) { acceptCompanyInvitation(token: $token) { company { name } } }`;
const PREVIEW = `query ($token: String!) { companyInvitation(token: $token) { companyName email } }`;
const TEAM = `{ myCompanyTeam { canInvite members { email isYou } invitations { id email invitedBy } } }`;

async function person(role: Role, email: string, companyId: number | null = null): Promise<{ gql: Gql; id: number }> {
  const user = await makeUser(api.ds, { role, email, companyId });
  const headers = bearer(await sessionFor(api.ds, user));
  return { id: user.id, gql: (query, variables) => api.gql(query, variables, headers) };
}

function ok<T = any>(res: GraphQLResponse, field: string): T {
  expect(res.errors).toBeUndefined();
  return res.data![field] as T;
}

/** The one BAD_USER_INPUT error's fields and messages. */
function refused(res: GraphQLResponse): Record<string, string> {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return Object.fromEntries((res.errors![0].extensions!.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]));
}

const auditActions = (): Promise<{ action: string; target_type: string; after: any }[]> =>
  api.ds.query(`SELECT action, target_type, after FROM audit_log ORDER BY id`);

describe("claims: an employer asks to join a company, an admin decides", () => {
  test("the admin sees the request with the domain hint and approves it: the account posts for the company, audited and emailed", async () => {
    const acme = await api.make.company({ name: "Acme AI", slug: "acme-ai", website: "https://www.acme.ai" });
    const jane = await person(Role.EMPLOYER, "jane@eu.acme.ai");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");

    // The public directory's search finds the company to pick.
    const found = ok(await jane.gql(`{ companies(first: 5, filter: { query: "acme" }) { edges { node { id name } } } }`), "companies");
    expect(found.edges).toEqual([{ node: { id: toGlobalId("Company", acme.id), name: "Acme AI" } }]);

    const claim = ok(
      await jane.gql(REQUEST, { input: { companyId: found.edges[0].node.id, message: "  Head of Talent, Berlin office.  " } }),
      "requestCompanyClaim",
    ).claim;
    expect(claim).toMatchObject({ status: "PENDING", message: "Head of Talent, Berlin office.", company: { name: "Acme AI" } });
    expect(ok(await jane.gql(MY_CLAIM), "myCompanyClaim")).toEqual(claim);
    expect(ok(await jane.gql(MY_COMPANY), "myCompany")).toBeNull();

    // One open claim per account.
    const again = await jane.gql(REQUEST, { input: { companyId: claim.company.id, message: "Me again." } });
    expect(refused(again)).toEqual({ "input.companyId": "You have asked to join Acme AI already; withdraw that request first." });

    const queue = ok(await admin.gql(CLAIMS, {}), "companyClaims");
    expect(queue).toEqual([
      expect.objectContaining({
        id: claim.id,
        email: "jane@eu.acme.ai",
        emailDomain: "eu.acme.ai",
        websiteDomain: "acme.ai",
        domainMatches: true,
      }),
    ]);

    const approved = ok(await admin.gql(APPROVE, { id: claim.id }), "approveCompanyClaim").claim;
    expect(approved).toMatchObject({ status: "APPROVED", decidedAt: expect.any(String) });
    expect(ok(await jane.gql(MY_COMPANY), "myCompany")).toEqual({ name: "Acme AI" });
    expect(ok(await jane.gql(MY_CLAIM), "myCompanyClaim").status).toBe("APPROVED");
    expect(ok(await admin.gql(CLAIMS, {}), "companyClaims")).toEqual([]);
    expect(ok(await admin.gql(CLAIMS, { status: "APPROVED" }), "companyClaims").map((c: { id: string }) => c.id)).toEqual([claim.id]);
    expect(refused(await admin.gql(APPROVE, { id: claim.id }))).toEqual({ id: "This request is approved already." });

    expect(await auditActions()).toEqual([
      {
        action: "companyClaim.approve",
        target_type: "CompanyClaim",
        after: { status: "APPROVED", userId: jane.id, companyId: acme.id },
      },
    ]);
    const mail = await emailsTo(api.ds, "jane@eu.acme.ai");
    expect(mail.map((m) => [m.kind, m.subject])).toEqual([["COMPANY_CLAIM_APPROVED", "You're in: Acme AI"]]);
    expect(mail[0].text).toContain(`${TEST_WEB_URL}/employer`);
  });

  test("a rejected claim carries its reason to the employer, who may ask again; a withdrawn claim leaves the queue", async () => {
    const acme = await api.make.company({ name: "Acme AI", website: "https://acme.ai" });
    const sam = await person(Role.EMPLOYER, "sam@gmail.example");
    const other = await person(Role.EMPLOYER, "other@gmail.example");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const companyId = toGlobalId("Company", acme.id);

    const claim = ok(await sam.gql(REQUEST, { input: { companyId, message: "Recruiter." } }), "requestCompanyClaim").claim;
    expect(claim).toMatchObject({ emailDomain: "gmail.example", websiteDomain: "acme.ai", domainMatches: false });
    expect(refused(await admin.gql(REJECT, { id: claim.id, reason: "   " }))).toEqual({ reason: "Say why, for the employer." });
    const rejected = ok(
      await admin.gql(REJECT, { id: claim.id, reason: "  We couldn't confirm you work there; use your company address.  " }),
      "rejectCompanyClaim",
    ).claim;
    expect(rejected).toMatchObject({ status: "REJECTED", reason: "We couldn't confirm you work there; use your company address." });
    expect(ok(await sam.gql(MY_CLAIM), "myCompanyClaim")).toMatchObject({ status: "REJECTED", reason: rejected.reason });
    expect(ok(await sam.gql(MY_COMPANY), "myCompany")).toBeNull();
    expect(refused(await admin.gql(APPROVE, { id: claim.id }))).toEqual({ id: "This request is rejected already." });
    expect((await auditActions()).map((a) => [a.action, a.after])).toEqual([
      ["companyClaim.reject", { status: "REJECTED", reason: rejected.reason }],
    ]);
    const [mail] = await emailsTo(api.ds, "sam@gmail.example");
    expect(mail.kind).toBe("COMPANY_CLAIM_REJECTED");
    expect(mail.text).toContain("We couldn't confirm you work there; use your company address.");

    // Asking again, then withdrawing: only its own employer can.
    const second = ok(
      await sam.gql(REQUEST, { input: { companyId, message: "Recruiter, with a work address now." } }),
      "requestCompanyClaim",
    ).claim;
    expect(refused(await other.gql(WITHDRAW, { id: second.id }))).toEqual({ id: "No open request of yours has this id." });
    expect(ok(await sam.gql(WITHDRAW, { id: second.id }), "withdrawCompanyClaim").claim.status).toBe("WITHDRAWN");
    expect(refused(await sam.gql(WITHDRAW, { id: second.id }))).toEqual({ id: "No open request of yours has this id." });
    expect(ok(await admin.gql(CLAIMS, {}), "companyClaims")).toEqual([]);
    expect(refused(await admin.gql(APPROVE, { id: second.id }))).toEqual({ id: "This request is withdrawn already." });
  });

  test("an account with a company can't claim; approving a claim whose account has meanwhile created a company changes nothing", async () => {
    const acme = await api.make.company({ name: "Acme AI" });
    const companyId = toGlobalId("Company", acme.id);
    const owner = await person(Role.EMPLOYER, "owner@acme.ai", acme.id);
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    expect(refused(await owner.gql(REQUEST, { input: { companyId, message: "Me." } }))).toEqual({
      "input.companyId": "Your account already belongs to a company.",
    });
    expect(refused(await owner.gql(REQUEST, { input: { companyId: toGlobalId("Job", acme.id), message: "Me." } }))).toEqual({
      "input.companyId": "Pick a company from the list.",
    });

    const ana = await person(Role.EMPLOYER, "ana@acme.ai");
    const claim = ok(await ana.gql(REQUEST, { input: { companyId, message: "CTO." } }), "requestCompanyClaim").claim;
    ok(await ana.gql(CREATE_COMPANY, { input: { name: "Ana's Startup" } }), "createCompany");

    expect(refused(await admin.gql(APPROVE, { id: claim.id }))).toEqual({
      id: "ana@acme.ai belongs to a company now (or is no longer an employer's account); reject the request instead.",
    });
    expect(ok(await ana.gql(MY_COMPANY), "myCompany")).toEqual({ name: "Ana's Startup" });
    expect(ok(await ana.gql(MY_CLAIM), "myCompanyClaim").status).toBe("PENDING");
    expect(await auditActions()).toEqual([]);
    expect(await emailsTo(api.ds, "ana@acme.ai")).toEqual([]);
    // The admin rejects it instead.
    expect(
      ok(await admin.gql(REJECT, { id: claim.id, reason: "You have a company of your own now." }), "rejectCompanyClaim").claim.status,
    ).toBe("REJECTED");
  });
});

describe("invitations: a verified company's employer invites a colleague", () => {
  /** The token of the join link in the newest invitation emailed to `to`. */
  async function invitationToken(to: string): Promise<string> {
    const mail = (await emailsTo(api.ds, to)).filter((m) => m.kind === "COMPANY_INVITATION");
    const match = /\/employer\/join\?token=([A-Za-z0-9_%-]+)/.exec(mail.at(-1)?.text ?? "");
    if (!match) throw new Error(`no invitation link in the emails to ${to}`);
    return decodeURIComponent(match[1]);
  }

  async function verifiedCompany(name = "Acme AI") {
    const company = await api.make.company({ name, slug: name.toLowerCase().replace(/\W+/g, "-"), verified: true });
    const owner = await person(Role.EMPLOYER, `hr@${company.slug}.example`, company.id);
    return { company, owner };
  }

  test("an unverified company can't invite; a verified one emails a one-time link kept only as its hash; the colleague accepts and joins", async () => {
    const acme = await api.make.company({ name: "Acme AI", verified: false });
    const owner = await person(Role.EMPLOYER, "hr@acme.ai", acme.id);
    expect(refused(await owner.gql(INVITE, { email: "sam@acme.ai" }))).toEqual({
      email: "Only verified companies can invite colleagues; you can once we have verified Acme AI.",
    });
    expect(await api.ds.query(`SELECT id FROM company_invitations`)).toEqual([]);
    expect(await emailsTo(api.ds, "sam@acme.ai")).toEqual([]);
    expect(ok(await owner.gql(TEAM), "myCompanyTeam")).toEqual({
      canInvite: false,
      members: [{ email: "hr@acme.ai", isYou: true }],
      invitations: [],
    });

    await api.ds.query(`UPDATE companies SET verified = true WHERE id = $1`, [acme.id]);
    expect(refused(await owner.gql(INVITE, { email: "not an address" }))).toEqual({
      email: "Enter an email address, e.g. name@example.com.",
    });
    const invitation = ok(await owner.gql(INVITE, { email: "Sam@Acme.ai" }), "inviteColleague").invitation;
    expect(invitation).toMatchObject({ email: "sam@acme.ai", invitedBy: "hr@acme.ai" });
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);

    // The email carries the link; the table keeps only the token's SHA-256.
    const [mail] = await emailsTo(api.ds, "sam@acme.ai");
    expect(mail).toMatchObject({ kind: "COMPANY_INVITATION", subject: "Join Acme AI on HiredinAI" });
    expect(mail.text).toContain("hr@acme.ai invited you");
    expect(mail.text).toContain(`${TEST_WEB_URL}/employer/join?token=`);
    const token = await invitationToken("sam@acme.ai");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows: { token_hash: string; everything: string }[] = await api.ds.query(
      `SELECT token_hash, to_jsonb(i)::text AS everything FROM company_invitations i`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(rows[0].everything).not.toContain(token);

    expect(ok(await owner.gql(TEAM), "myCompanyTeam")).toEqual({
      canInvite: true,
      members: [{ email: "hr@acme.ai", isYou: true }],
      invitations: [{ id: invitation.id, email: "sam@acme.ai", invitedBy: "hr@acme.ai" }],
    });
    // The link's holder sees what it is for, signed in or not.
    expect(ok(await api.gql(PREVIEW, { token }), "companyInvitation")).toEqual({ companyName: "Acme AI", email: "sam@acme.ai" });

    // Another employer account can't use it; the link still works afterwards.
    const stranger = await person(Role.EMPLOYER, "stranger@example.com");
    expect(refused(await stranger.gql(ACCEPT, { token }))).toEqual({
      token: "This invitation is for sam@acme.ai: sign in with the employer account that has this address.",
    });
    expect(ok(await stranger.gql(MY_COMPANY), "myCompany")).toBeNull();

    const sam = await person(Role.EMPLOYER, "sam@acme.ai");
    expect(ok(await sam.gql(ACCEPT, { token }), "acceptCompanyInvitation")).toEqual({ company: { name: "Acme AI" } });
    expect(ok(await sam.gql(MY_COMPANY), "myCompany")).toEqual({ name: "Acme AI" });
    expect(ok(await owner.gql(TEAM), "myCompanyTeam")).toMatchObject({
      members: [
        { email: "hr@acme.ai", isYou: true },
        { email: "sam@acme.ai", isYou: false },
      ],
      invitations: [],
    });

    // Spent: once only.
    const BAD = { token: "This invitation is invalid, used or expired. Ask your colleague to invite you again." };
    expect(refused(await sam.gql(ACCEPT, { token }))).toEqual(BAD);
    expect(ok(await api.gql(PREVIEW, { token }), "companyInvitation")).toBeNull();
    expect(refused(await sam.gql(ACCEPT, { token: "not-a-token" }))).toEqual(BAD);
  });

  test("a job seeker's account can't accept, nor an employer with a company already; the link stays unspent", async () => {
    const { owner } = await verifiedCompany();
    ok(await owner.gql(INVITE, { email: "lee@example.com" }), "inviteColleague");
    const token = await invitationToken("lee@example.com");
    const lee = await person(Role.JOB_SEEKER, "lee@example.com");
    const res = await lee.gql(ACCEPT, { token });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);

    const elsewhere = await api.make.company({ name: "Elsewhere" });
    const kim = await person(Role.EMPLOYER, "kim@example.com", elsewhere.id);
    ok(await owner.gql(INVITE, { email: "kim@example.com" }), "inviteColleague");
    const kimToken = await invitationToken("kim@example.com");
    expect(refused(await kim.gql(ACCEPT, { token: kimToken }))).toEqual({
      token: "Your account belongs to another company already: one account posts for one company.",
    });
    expect(ok(await kim.gql(MY_COMPANY), "myCompany")).toEqual({ name: "Elsewhere" });
    const spent = await api.ds.query(`SELECT count(*)::int AS n FROM company_invitations WHERE accepted_at IS NOT NULL`);
    expect(spent).toEqual([{ n: 0 }]);
    expect(ok(await api.gql(PREVIEW, { token }), "companyInvitation")).not.toBeNull();
  });

  test("an expired link doesn't work; a new invitation to the same address replaces the last", async () => {
    const { owner } = await verifiedCompany();
    const first = ok(await owner.gql(INVITE, { email: "max@example.com" }), "inviteColleague").invitation;
    const firstToken = await invitationToken("max@example.com");
    await api.ds.query(`UPDATE company_invitations SET expires_at = now() - interval '1 second'`);
    const max = await person(Role.EMPLOYER, "max@example.com");
    expect(refused(await max.gql(ACCEPT, { token: firstToken })).token).toMatch(/^This invitation is invalid, used or expired/);
    expect(ok(await owner.gql(TEAM), "myCompanyTeam").invitations).toEqual([]);

    const second = ok(await owner.gql(INVITE, { email: "max@example.com" }), "inviteColleague").invitation;
    expect(second.id).not.toBe(first.id);
    const secondToken = await invitationToken("max@example.com");
    const third = ok(await owner.gql(INVITE, { email: "max@example.com" }), "inviteColleague").invitation;
    expect(ok(await owner.gql(TEAM), "myCompanyTeam").invitations.map((i: { id: string }) => i.id)).toEqual([third.id]);
    expect(refused(await max.gql(ACCEPT, { token: secondToken })).token).toMatch(/^This invitation is invalid, used or expired/);
    ok(await max.gql(ACCEPT, { token: await invitationToken("max@example.com") }), "acceptCompanyInvitation");
  });

  test("another company's employer can't see or revoke the invitations; their own employer revokes one and its link dies", async () => {
    const { owner } = await verifiedCompany("Acme AI");
    const { owner: rival } = await verifiedCompany("Rival Labs");
    const invitation = ok(await owner.gql(INVITE, { email: "pat@example.com" }), "inviteColleague").invitation;
    const token = await invitationToken("pat@example.com");

    expect(ok(await rival.gql(TEAM), "myCompanyTeam")).toMatchObject({
      invitations: [],
      members: [{ email: "hr@rival-labs.example", isYou: true }],
    });
    expect(refused(await rival.gql(REVOKE, { id: invitation.id }))).toEqual({ id: "No pending invitation of yours has this id." });
    expect(await api.ds.query(`SELECT revoked_at FROM company_invitations`)).toEqual([{ revoked_at: null }]);

    expect(ok(await owner.gql(REVOKE, { id: invitation.id }), "revokeCompanyInvitation").invitation).toEqual({
      id: invitation.id,
      email: "pat@example.com",
    });
    expect(refused(await owner.gql(REVOKE, { id: invitation.id }))).toEqual({ id: "No pending invitation of yours has this id." });
    const pat = await person(Role.EMPLOYER, "pat@example.com");
    expect(refused(await pat.gql(ACCEPT, { token })).token).toMatch(/^This invitation is invalid, used or expired/);
    expect(ok(await owner.gql(TEAM), "myCompanyTeam").invitations).toEqual([]);
  });

  test("the answer is the same whether or not the address has an account; a team member can't be invited again", async () => {
    const { company, owner } = await verifiedCompany();
    await makeUser(api.ds, { role: Role.EMPLOYER, email: "has-account@example.com" });
    const shape = (res: GraphQLResponse) => {
      const { id: _id, expiresAt: _at, email: _email, ...rest } = ok(res, "inviteColleague").invitation;
      return rest;
    };
    expect(shape(await owner.gql(INVITE, { email: "has-account@example.com" }))).toEqual(
      shape(await owner.gql(INVITE, { email: "no-account@example.com" })),
    );
    expect((await emailsTo(api.ds, "has-account@example.com")).map((m) => m.kind)).toEqual(["COMPANY_INVITATION"]);
    expect((await emailsTo(api.ds, "no-account@example.com")).map((m) => m.kind)).toEqual(["COMPANY_INVITATION"]);

    await makeUser(api.ds, { role: Role.EMPLOYER, email: "colleague@example.com", companyId: company.id });
    expect(refused(await owner.gql(INVITE, { email: "colleague@example.com" }))).toEqual({ email: "is on your team already." });
    expect(refused(await owner.gql(INVITE, { email: "HR@acme-ai.example" }))).toEqual({ email: "That's your own address." });
  });

  test("an inviter is rate limited", async () => {
    const { owner } = await verifiedCompany();
    const { points } = MEMBERSHIP_RATE_LIMITS.invitesPerInviter;
    for (let i = 0; i < points; i++) ok(await owner.gql(INVITE, { email: `person${i}@example.com` }), "inviteColleague");
    const limited = await owner.gql(INVITE, { email: "one-too-many@example.com" });
    expect(limited.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
    expect(await emailsTo(api.ds, "one-too-many@example.com")).toEqual([]);
  });

  test("accepting an invitation withdraws the account's pending claim", async () => {
    const { owner } = await verifiedCompany();
    const other = await api.make.company({ name: "Other Co" });
    const zoe = await person(Role.EMPLOYER, "zoe@example.com");
    ok(await zoe.gql(REQUEST, { input: { companyId: toGlobalId("Company", other.id), message: "Engineer." } }), "requestCompanyClaim");
    ok(await owner.gql(INVITE, { email: "zoe@example.com" }), "inviteColleague");
    ok(await zoe.gql(ACCEPT, { token: await invitationToken("zoe@example.com") }), "acceptCompanyInvitation");
    expect(ok(await zoe.gql(MY_CLAIM), "myCompanyClaim").status).toBe("WITHDRAWN");
  });
});
