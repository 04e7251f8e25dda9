import { useTestApi } from "./support/test-api";

const api = useTestApi();

test("smoke", async () => {
  const loc = await api.make.location({ slug: "london", city: "London", country: "GB" });
  const job = await api.make.job({ title: "ML Engineer", locations: [loc], description: "Work on **LLMs**." });
  const res = await api.gql(`{ jobs(first: 5) { totalCount edges { cursor node { id slug title url company { name } category { name } locations { city } salary { min max currency period } descriptionHtml } } pageInfo { hasNextPage endCursor } } }`);
  console.log(JSON.stringify(res, null, 1));
  expect(res.data?.jobs.totalCount).toBe(1);
  expect(job.id).toBeGreaterThan(0);
});
