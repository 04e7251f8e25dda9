// Stops the API (and with it its embedded Postgres) and vite preview; removes the temporary folder.
const { stopAll } = require("./processes.cjs");

module.exports = async function globalTeardown() {
  await stopAll(globalThis.__hiredinaiE2E);
  delete globalThis.__hiredinaiE2E;
};
