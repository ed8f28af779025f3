/**
 * A GraphQL IDE at /graphiql that works with no internet access: GraphiQL from npm, bundled by
 * the dashboard's build (Apollo's own landing page loads its sandbox from the internet). To use a
 * key, add {"Authorization": "Bearer <token>"} in the Headers tab.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# Quartieri: i dati dei Laboratori Sociali di Quartiere / the labs' figures.
# The public gets the monthly release, perturbed (disclosurePolicy); add a key in Headers for exact figures.
query Progetti($filter: ReportFilter = { asOf: "2020-08-31" }) {
  projects { code name municipality alerRole awarded }
  participation(filter: $filter) { project { code } peopleReached target }
}
`;

async function fetcher(params: unknown, options?: { headers?: Record<string, string> }): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery: DEFAULT_QUERY, isHeadersEditorEnabled: true }),
);
