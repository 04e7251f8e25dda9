// jsdom lacks TextEncoder/TextDecoder, which react-router needs. Import this first in a component test
// that renders a router (the shared Jest config has no setup file for it).
const { TextEncoder, TextDecoder } = require("node:util");
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
