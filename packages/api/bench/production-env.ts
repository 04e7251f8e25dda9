/**
 * Imported first by bench/run.ts and bench/alerts.ts: libraries choose their build by NODE_ENV when they are
 * first loaded (React's development build renders a digest email about five times slower than its production
 * build; graphql-js's checks every `instanceof` a second way outside production),
 * so it has to be set before any other import. Deployments set NODE_ENV=production (docker-compose.yml).
 */
process.env.NODE_ENV ??= "production";
