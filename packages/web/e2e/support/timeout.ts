// Browser tests wait on a real browser, a real API and a real database.
jest.setTimeout(120_000);
