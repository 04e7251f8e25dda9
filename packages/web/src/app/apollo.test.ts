/// <reference types="jest" />
import { ApolloClient, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { print } from "@apollo/client/utilities";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { getFragmentData } from "../generated";
import { CompaniesRouteQueryDocument, CompanyRouteQueryDocument, JobSearchQueryDocument } from "../generated/graphql";
import { CompanyGridFragment } from "../features/companies/components/CompanyGrid";
import { PagedJobListFragment } from "../features/jobs/components/PagedJobList";
import { createCache, credentialsFor, persistedQueriesLink } from "./apollo";

/** The API's raw answer (every spread fragment's fields inline), typed as the document's masked result. */
const answer = <TData>(_query: TypedDocumentNode<TData, never>, data: unknown) => data as TData;

// env.ts reads Vite's import.meta.env, which Jest's CommonJS build has not got.
jest.mock("../shared/env", () => ({ apiUrl: "/graphql" }));

const job = (i: number) => ({
  __typename: "Job" as const,
  id: `J${i}`,
  slug: `job-${i}`,
  url: `http://localhost/jobs/job-${i}`,
  title: `Job ${i}`,
  featured: false,
  highlighted: false,
  postedAt: null,
  remote: "REMOTE" as const,
  seniority: "SENIOR" as const,
  employmentType: "FULL_TIME" as const,
  category: { __typename: "JobCategory" as const, id: "C1", slug: "nlp", name: "NLP" },
  company: { __typename: "Company" as const, id: "CO1", slug: "acme", name: "Acme", logoUrl: null },
  locations: [],
  salary: null,
});

/** A page of a job connection, as the API answers the spread fragments (PagedJobList_jobs, LoadMore_pageInfo, JobCard_job). */
const jobPage = (from: number, to: number, total: number) => ({
  __typename: "JobConnection" as const,
  totalCount: total,
  pageInfo: { __typename: "PageInfo" as const, hasNextPage: to < total, endCursor: `c${to}` },
  edges: Array.from({ length: to - from }, (_, k) => ({
    __typename: "JobEdge" as const,
    cursor: `c${from + k + 1}`,
    node: job(from + k + 1),
  })),
});

const ids = (connection: { edges: readonly { node: unknown }[] }) => connection.edges.map((e) => (e.node as { id: string }).id);

describe("the cache's paging policies with the fragment documents", () => {
  it("appends the next page of a job search (Load more) under the same filter and order", () => {
    const cache = createCache();
    const variables = {
      filter: { remote: ["REMOTE" as const] },
      orderBy: { field: "POSTED_AT" as const, direction: "DESC" as const },
      first: 2,
    };
    cache.writeQuery({ query: JobSearchQueryDocument, variables, data: answer(JobSearchQueryDocument, { jobs: jobPage(0, 2, 3) }) });
    cache.writeQuery({
      query: JobSearchQueryDocument,
      variables: { ...variables, after: "c2" },
      data: answer(JobSearchQueryDocument, { jobs: jobPage(2, 3, 3) }),
    });

    const data = cache.readQuery({ query: JobSearchQueryDocument, variables })!;
    const list = getFragmentData(PagedJobListFragment, data.jobs);
    expect(list.edges.map((e) => e.cursor)).toEqual(["c1", "c2", "c3"]);
    expect(ids(list)).toEqual(["J1", "J2", "J3"]);
    expect(list.totalCount).toBe(3);
    expect(list.pageInfo).toMatchObject({ hasNextPage: false, endCursor: "c3" });

    // Another filter is another list.
    expect(cache.readQuery({ query: JobSearchQueryDocument, variables: { ...variables, filter: {} } })).toBeNull();
  });

  it("appends a company's next page of jobs", () => {
    const cache = createCache();
    const company = (jobs: ReturnType<typeof jobPage>) => ({
      __typename: "Company" as const,
      id: "CO1",
      slug: "acme",
      name: "Acme",
      logoUrl144: null,
      description: null,
      descriptionHtml: null,
      headquarters: null,
      size: null,
      website: null,
      verified: false,
      openJobsCount: 3,
      jobs,
    });
    cache.writeQuery({
      query: CompanyRouteQueryDocument,
      variables: { slug: "acme", first: 2 },
      data: answer(CompanyRouteQueryDocument, { company: company(jobPage(0, 2, 3)) }),
    });
    cache.writeQuery({
      query: CompanyRouteQueryDocument,
      variables: { slug: "acme", first: 2, after: "c2" },
      data: answer(CompanyRouteQueryDocument, { company: company(jobPage(2, 3, 3)) }),
    });
    const data = cache.readQuery({ query: CompanyRouteQueryDocument, variables: { slug: "acme", first: 2 } })!;
    expect(ids(getFragmentData(PagedJobListFragment, data.company!.jobs))).toEqual(["J1", "J2", "J3"]);
  });

  it("appends the next page of companies", () => {
    const cache = createCache();
    const companyNode = (i: number) => ({
      __typename: "Company" as const,
      id: `CO${i}`,
      slug: `co-${i}`,
      url: `http://localhost/companies/co-${i}`,
      name: `Co ${i}`,
      logoUrl: null,
      headquarters: null,
      size: null,
      verified: false,
      openJobsCount: 0,
      description: null,
    });
    const page = (from: number, to: number) => ({
      companies: {
        __typename: "CompanyConnection" as const,
        totalCount: 3,
        pageInfo: { __typename: "PageInfo" as const, hasNextPage: to < 3, endCursor: `c${to}` },
        edges: Array.from({ length: to - from }, (_, k) => ({
          __typename: "CompanyEdge" as const,
          cursor: `c${from + k + 1}`,
          node: companyNode(from + k + 1),
        })),
      },
    });
    cache.writeQuery({
      query: CompaniesRouteQueryDocument,
      variables: { filter: {}, first: 2 },
      data: answer(CompaniesRouteQueryDocument, page(0, 2)),
    });
    cache.writeQuery({
      query: CompaniesRouteQueryDocument,
      variables: { filter: {}, first: 2, after: "c2" },
      data: answer(CompaniesRouteQueryDocument, page(2, 3)),
    });
    const data = cache.readQuery({ query: CompaniesRouteQueryDocument, variables: { filter: {}, first: 2 } })!;
    expect(ids(getFragmentData(CompanyGridFragment, data.companies))).toEqual(["CO1", "CO2", "CO3"]);
  });
});

describe("the session cookie goes along", () => {
  it("on the app's own origin (the default /graphql) as a same-origin request", () => {
    expect(credentialsFor("/graphql", "http://localhost:5173")).toBe("same-origin");
    expect(credentialsFor("http://localhost:5173/graphql", "http://localhost:5173")).toBe("same-origin");
  });

  it("to an API on another origin (VITE_API_URL) only with credentials: include", () => {
    expect(credentialsFor("http://localhost:4000/graphql", "http://localhost:5173")).toBe("include");
    expect(credentialsFor("https://api.example.com/graphql", "https://www.example.com")).toBe("include");
  });
});

describe("queries go as persisted queries over GET", () => {
  // jsdom has no Web Crypto (the browser tests check the real hashes against the API's): a stand-in
  // that still tells texts apart.
  const sha256 = (text: string) => Promise.resolve(`hash(${text})`);
  const QUERY = parse("query Latest($first: Int) { jobs(first: $first) { totalCount } }");
  const MUTATION = parse("mutation Pause($input: AlertRefInput!) { pauseAlert(input: $input) { message } }");

  /** A client whose requests go to a fake server answering `answers` in turn; returns what it was sent. */
  function clientAnswering(...answers: object[]) {
    const sent: { method: string; url: URL; body: Record<string, any> | null; contentType: string | undefined }[] = [];
    const fetch = async (uri: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      sent.push({
        method: init.method ?? "GET",
        url: new URL(uri, "http://localhost"),
        body: typeof init.body === "string" ? JSON.parse(init.body) : null,
        contentType: headers["content-type"],
      });
      const text = JSON.stringify(answers[sent.length - 1]);
      return { status: 200, headers: new Map([["content-type", "application/json"]]), text: async () => text } as unknown as Response;
    };
    const http = new BaseHttpLink({ uri: "/graphql", fetch: fetch as typeof globalThis.fetch });
    const client = new ApolloClient({ link: persistedQueriesLink(sha256).concat(http), cache: new InMemoryCache() });
    return { client, sent };
  }

  const notFound = { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] };
  const jobs = { data: { jobs: { __typename: "JobConnection", totalCount: 7 } } };

  it("sends the query's sha256 and variables in a GET's URL, without the query", async () => {
    const { client, sent } = clientAnswering(jobs);
    const { data } = await client.query({ query: QUERY, variables: { first: 5 } });
    expect(data).toEqual(jobs.data);
    expect(sent).toHaveLength(1);
    const [get] = sent;
    expect(get.method).toBe("GET");
    expect(get.url.searchParams.has("query")).toBe(false);
    expect(JSON.parse(get.url.searchParams.get("variables")!)).toEqual({ first: 5 });
    const printed = print(client.documentTransform.transformDocument(QUERY));
    expect(JSON.parse(get.url.searchParams.get("extensions")!)).toEqual({
      persistedQuery: { version: 1, sha256Hash: await sha256(printed) },
    });
    // A content type a browser only sends after a CORS preflight: the API's CSRF prevention lets it through.
    expect(get.contentType).toBe("application/json");
  });

  it("after PersistedQueryNotFound, sends the query once in full by POST, with its hash", async () => {
    const { client, sent } = clientAnswering(notFound, jobs);
    const { data } = await client.query({ query: QUERY, variables: { first: 5 } });
    expect(data).toEqual(jobs.data);
    expect(sent.map((r) => r.method)).toEqual(["GET", "POST"]);
    const post = sent[1].body!;
    expect(post.query).toContain("jobs(first: $first)");
    expect(post.extensions.persistedQuery.sha256Hash).toBe(await sha256(post.query));
    expect(post.variables).toEqual({ first: 5 });
  });

  it("leaves mutations alone: a POST with the whole mutation", async () => {
    const { client, sent } = clientAnswering({ data: { pauseAlert: { __typename: "AlertPayload", message: "Paused" } } });
    await client.mutate({ mutation: MUTATION, variables: { input: { token: "t" } } });
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe("POST");
    expect(sent[0].body!.query).toContain("pauseAlert");
    expect(sent[0].body!.extensions).toBeUndefined();
  });
});
