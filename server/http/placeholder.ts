/** The page at / while the dashboard is not built: what this is, how to build it, where the API is. Italian first. */
export function placeholderPage(): string {
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quartieri · Laboratori Sociali di Quartiere</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1d2733; }
  code { background: #eef2f6; padding: 0.1rem 0.3rem; border-radius: 3px; }
  .en { color: #5b6775; }
</style>
</head>
<body>
<h1>Quartieri</h1>
<p>Il centro di rendicontazione dei Laboratori Sociali di Quartiere di ALER Milano (POR FSE 2014-2020, Asse II, azioni 9.1.3 e 9.4.2).
Il cruscotto non è ancora stato costruito: <code>npm run build</code> (lo fa anche <code>npm install</code>). I dati si interrogano dall'API GraphQL in <code>POST /graphql</code>.</p>
<p class="en" lang="en">The reporting hub of ALER Milano's neighbourhood social labs. The dashboard has not been built yet:
<code>npm run build</code> (<code>npm install</code> does it too). The data is at the GraphQL API, <code>POST /graphql</code>.</p>
<p>Stato / status: <a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></p>
</body>
</html>
`;
}
