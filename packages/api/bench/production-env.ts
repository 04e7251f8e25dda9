/**
 * Imported first by bench/alerts.ts: libraries choose their build by NODE_ENV when they are first loaded
 * (React's development build renders a digest email about five times slower than its production build),
 * so it has to be set before any other import. Deployments set NODE_ENV=production (docker-compose.yml).
 */
process.env.NODE_ENV ??= "production";
