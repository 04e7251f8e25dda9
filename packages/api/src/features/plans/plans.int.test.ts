import { bearer, makeUser, sessionFor } from "../../../test/support/accounts";
import { useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { insertStartingPlans } from "../../db/migrations/1765100000000-plans";
import { Role } from "../accounts";

const api = useTestApi();

const PLAN_FIELDS = "id slug name description price { amount currency } durationDays featuredDays highlighted inDigestTop position active";
const PLANS = `{ plans { ${PLAN_FIELDS} } }`;
const CREATE = `mutation ($input: PlanInput!) { createPlan(input: $input) { plan { ${PLAN_FIELDS} } } }`;
const UPDATE = `mutation ($id: ID!, $input: PlanInput!) { updatePlan(id: $id, input: $input) { plan { ${PLAN_FIELDS} } } }`;

beforeEach(() => insertStartingPlans(api.ds));

async function asAdmin() {
  const admin = await makeUser(api.ds, { role: Role.ADMIN, email: "admin@example.com" });
  const headers = bearer(await sessionFor(api.ds, admin));
  return (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, headers);
}

function fieldsOf(res: GraphQLResponse): string[] {
  expect([200, 400]).toContain(res.status);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
}

const counts = async () =>
  (await api.ds.query(`SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM audit_log)::int AS audit`))[0];

test("everyone sees Basic, Featured and Premium side by side: prices in cents, durations and perks", async () => {
  const res = await api.gql(PLANS);
  expect(res.errors).toBeUndefined();
  expect(
    res.data!.plans.map((p: { name: string; price: unknown; durationDays: number; featuredDays: number }) => [
      p.name,
      p.price,
      p.durationDays,
      p.featuredDays,
    ]),
  ).toEqual([
    ["Basic", { amount: 19900, currency: "USD" }, 30, 0],
    ["Featured", { amount: 34900, currency: "USD" }, 30, 14],
    ["Premium", { amount: 59900, currency: "USD" }, 45, 45],
  ]);
  expect(res.data!.plans.map((p: { highlighted: boolean; inDigestTop: boolean }) => [p.highlighted, p.inDigestTop])).toEqual([
    [false, false],
    [true, false],
    [true, true],
  ]);
});

test("an admin adds a plan, changes it and retires it; each step is in the audit log; retired plans leave the Pricing page", async () => {
  const gql = await asAdmin();
  const created = await gql(CREATE, { input: { name: "Startup", priceAmount: 9900, priceCurrency: "EUR", durationDays: 14, position: 0 } });
  expect(created.errors).toBeUndefined();
  const plan = created.data!.createPlan.plan;
  expect(plan).toMatchObject({ slug: "startup", price: { amount: 9900, currency: "EUR" }, featuredDays: 0, active: true });
  expect((await api.gql(PLANS)).data!.plans[0].slug).toBe("startup");

  const updated = await gql(UPDATE, { id: plan.id, input: { priceAmount: 12900, description: "  For new teams.  " } });
  expect(updated.data!.updatePlan.plan).toMatchObject({
    price: { amount: 12900, currency: "EUR" },
    description: "For new teams.",
    name: "Startup",
  });
  await gql(UPDATE, { id: plan.id, input: { active: false } });
  expect((await api.gql(PLANS)).data!.plans.map((p: { slug: string }) => p.slug)).toEqual(["basic", "featured", "premium"]);
  expect((await gql(`{ allPlans { slug active } }`)).data!.allPlans).toContainEqual({ slug: "startup", active: false });

  const audit = await gql(`{ auditLog(targetType: "Plan") { action actorEmail before after } }`);
  expect(audit.data!.auditLog.map((e: { action: string }) => e.action)).toEqual(["plan.update", "plan.update", "plan.create"]);
  expect(audit.data!.auditLog[1]).toMatchObject({
    actorEmail: "admin@example.com",
    before: { priceAmount: 9900 },
    after: { priceAmount: 12900 },
  });
});

test("bad plans are refused field by field and write nothing", async () => {
  const gql = await asAdmin();
  const before = await counts();
  const cases: [Record<string, unknown>, string[]][] = [
    [{}, ["input.name", "input.priceAmount", "input.priceCurrency", "input.durationDays"]],
    [{ name: "  ", priceAmount: 100, priceCurrency: "USD", durationDays: 30 }, ["input.name"]],
    [{ name: "X", priceAmount: -1, priceCurrency: "USD", durationDays: 30 }, ["input.priceAmount"]],
    [{ name: "X", priceAmount: 100, priceCurrency: "usd", durationDays: 30 }, ["input.priceCurrency"]],
    [{ name: "X", priceAmount: 100, priceCurrency: "XYZ", durationDays: 30 }, ["input.priceCurrency"]],
    [{ name: "X", priceAmount: 100, priceCurrency: "USD", durationDays: 0 }, ["input.durationDays"]],
    [{ name: "X", priceAmount: 100, priceCurrency: "USD", durationDays: 366 }, ["input.durationDays"]],
    [{ name: "X", priceAmount: 100, priceCurrency: "USD", durationDays: 30, featuredDays: 31 }, ["input.featuredDays"]],
    [{ name: "X", slug: "Not A Slug", priceAmount: 100, priceCurrency: "USD", durationDays: 30 }, ["input.slug"]],
    [{ name: "Basic", slug: "basic-2", priceAmount: 100, priceCurrency: "USD", durationDays: 30 }, ["input.name"]],
    [{ name: "Other", slug: "premium", priceAmount: 100, priceCurrency: "USD", durationDays: 30 }, ["input.slug"]],
    [{ name: "!!!", priceAmount: 100, priceCurrency: "USD", durationDays: 30 }, ["input.slug"]],
  ];
  for (const [input, fields] of cases) expect(fieldsOf(await gql(CREATE, { input }))).toEqual(fields);
  const [basic] = (await api.gql(PLANS)).data!.plans;
  expect(fieldsOf(await gql(UPDATE, { id: basic.id, input: { featuredDays: 31 } }))).toEqual(["input.featuredDays"]);
  expect(fieldsOf(await gql(UPDATE, { id: basic.id, input: { name: "Premium" } }))).toEqual(["input.name"]);
  expect(fieldsOf(await gql(UPDATE, { id: "UGxhbjo5OTk", input: { name: "Gone" } }))).toEqual(["id"]);
  expect(fieldsOf(await gql(UPDATE, { id: "not-an-id", input: { name: "Gone" } }))).toEqual(["id"]);
  expect(await counts()).toEqual(before);
});
