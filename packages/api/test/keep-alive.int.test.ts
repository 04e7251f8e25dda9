import { Agent, get } from "node:http";
import { useTestApi } from "./support/test-api";

const api = useTestApi();

/** GET `path` through `agent`: the status, and whether the request went down a socket used before. */
function request(agent: Agent, path: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = get(`${api.server.url}${path}`, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on("error", reject);
  });
}

test("an idle keep-alive connection outlives Node's 5 s default, so a proxy reusing it is not cut off", async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect(await request(agent, "/healthz")).toEqual({ status: 200, reused: false });
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    expect(await request(agent, "/healthz")).toEqual({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
});
