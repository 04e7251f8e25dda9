export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __pg?: { stop(): Promise<void> } }).__pg?.stop();
}
